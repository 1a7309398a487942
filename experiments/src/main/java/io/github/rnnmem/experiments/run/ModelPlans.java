package io.github.rnnmem.experiments.run;

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
}
