package io.github.rnnmem.experiments.store;

import java.nio.file.Path;

/**
 * The directory of one trained unit (one seed) inside a run directory.
 *
 * @param root the directory, such as {@code runs/quickstart/gru}
 * @param label the unit's label
 * @param seed the training seed
 */
public record UnitDirectory(Path root, String label, int seed) {

    /**
     * The checkpoint directory.
     *
     * @return {@code checkpoint/}
     */
    public Path checkpoints() {
        return root.resolve("checkpoint");
    }

    /**
     * The weight snapshots.
     *
     * @return {@code snapshots/}
     */
    public Path snapshots() {
        return root.resolve("snapshots");
    }

    /**
     * The training log.
     *
     * @return {@code training.csv}
     */
    public Path trainingLog() {
        return root.resolve("training.csv");
    }

    /**
     * What the unit is.
     *
     * @return {@code model.json}
     */
    public Path model() {
        return root.resolve("model.json");
    }

    /**
     * Why training stopped early, when it did.
     *
     * @return {@code failure.txt}
     */
    public Path failure() {
        return root.resolve("failure.txt");
    }

    /**
     * What decides the unit's weights, as it was trained: see {@code identity.json}.
     *
     * @return {@code identity.json}
     */
    public Path identity() {
        return root.resolve("identity.json");
    }

    /**
     * The test metrics.
     *
     * @return {@code test.json}
     */
    public Path testMetrics() {
        return root.resolve("test.json");
    }

    /**
     * The mark that the unit's work is done: trained, tested and analysed as the experiment asks
     * ({@link DoneMarker}).
     *
     * @return {@code done.json}
     */
    public Path done() {
        return root.resolve("done.json");
    }

    /**
     * The provenance of the shards that trained the unit, when a shard did.
     *
     * @return {@code provenance.json}
     */
    public Path provenance() {
        return root.resolve("provenance.json");
    }
}
