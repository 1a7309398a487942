package io.github.rnnmem.experiments.analysis.connectivity;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small random models and texts for connectivity tests. */
final class TinyModels {

    static final int EMBEDDING = 6;
    static final int HIDDEN = 5;
    static final int CLASSES = 11;

    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    private TinyModels() {}

    /**
     * An initialised model of a shipped unit.
     *
     * @param manager where the model lives
     * @param unit the unit's name
     * @param settings its hyperparameters besides {@code hidden}
     * @param dataType float32 or float64
     * @return the model
     */
    static AutocompleteModel model(NDManager manager, String unit, Map<String, Object> settings, DataType dataType) {
        RecurrentUnitProvider provider = UNITS.get(unit).provider();
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.put("hidden", HIDDEN);
        Engine.getEngine(manager.getEngine().getEngineName()).setRandomSeed(3);
        AutocompleteModel model =
                new ModelFactory(EMBEDDING, provider, provider.hyperparameters().resolve(all), 2, CLASSES).build();
        model.initialize(manager, dataType, new Shape(4, 12));
        return model;
    }

    /**
     * Random input ids of a text: a space first, then letters and spaces.
     *
     * @param length the number of characters
     * @param seed the generator seed
     * @return the ids
     */
    static int[] text(int length, long seed) {
        Random random = new Random(seed);
        int[] ids = new int[length];
        ids[0] = 1;
        for (int i = 1; i < length; i++) {
            ids[i] = random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(26);
        }
        return ids;
    }

    /**
     * A request for every position of a text, each with a random class.
     *
     * @param ids the text
     * @param seed the generator seed
     * @return the requests, in position order
     */
    static List<RowRequest> everyPosition(int[] ids, long seed) {
        Random random = new Random(seed);
        return java.util.stream.IntStream.range(0, ids.length)
                .mapToObj(t -> new RowRequest(ids, t, 2 + random.nextInt(CLASSES - 2)))
                .toList();
    }
}
