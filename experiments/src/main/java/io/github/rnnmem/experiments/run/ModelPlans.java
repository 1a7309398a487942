package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.model.ModelFactory;

/** Turns an experiment's unit entries into model factories. */
public final class ModelPlans {

    private ModelPlans() {}

    /**
     * The factory of one unit's model.
     *
     * @param config the experiment
     * @param unit one of its units
     * @param units the registry the unit is found in
     * @param outputClasses the output vocabulary size
     * @return the factory
     */
    public static ModelFactory factory(ExperimentConfig config, UnitConfig unit, UnitRegistry units, int outputClasses) {
        return new ModelFactory(config.model().embedding(), units.get(unit.unit()).provider(), unit.hyperparameters(),
                unit.layers(), outputClasses);
    }

    /**
     * The input shape every model of an experiment is initialised for: a training batch.
     *
     * @param config the experiment
     * @return {@code (batch_size, max_length)}
     */
    public static Shape initialShape(ExperimentConfig config) {
        return new Shape(config.training().batchSize(), config.dataset().maxLength());
    }

    /**
     * Builds and initialises every unit's model once and drops it, so that a unit whose layers
     * cannot be built, initialised or run is refused before any unit trains (see {@link
     * ModelFactory#build()}). It draws from the engine's random generator: call it before seeding
     * the models that train.
     *
     * @param config the experiment
     * @param units the registry the units are found in
     * @param engine the engine the models will run on
     * @param device the device they will run on
     * @throws io.github.rnnmem.experiments.BadInputException naming the first broken unit
     */
    public static void checkAll(ExperimentConfig config, UnitRegistry units, Engine engine, Device device) {
        try (NDManager manager = NDManager.newBaseManager(device, engine.getEngineName())) {
            for (UnitConfig unit : config.units()) {
                try (NDManager scratch = manager.newSubManager()) {
                    factory(config, unit, units, config.dataset().vocabulary() + 2).build()
                            .initialize(scratch, DataType.FLOAT32, new Shape(1, 1));
                }
            }
        }
    }
}
