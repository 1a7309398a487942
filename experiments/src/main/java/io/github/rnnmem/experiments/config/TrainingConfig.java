package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Relations;
import io.github.rnnmem.experiments.settings.Setting;
import io.github.rnnmem.experiments.settings.Values;
import io.github.rnnmem.experiments.settings.Violation;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How each unit is trained: {@code training} in YAML. The defaults are the article's: Adam with its
 * default parameters, batches of 64, 2 epochs.
 *
 * <p>Adam updates each parameter {@code w} with gradient {@code g} at step {@code t} as {@code m =
 * beta1 m + (1 - beta1) g}, {@code v = beta2 v + (1 - beta2) g^2}, {@code w -= lr * m^ / (sqrt(v^) +
 * epsilon)}, where {@code m^ = m / (1 - beta1^t)} and {@code v^ = v / (1 - beta2^t)}.
 *
 * <p>Training stops at whichever of {@code epochs} and {@code max_steps} comes first; {@code
 * epochs} is empty when only {@code max_steps} bounds it. Weight snapshots (for analyses at matched
 * validation loss) are taken at validations and pruned once the run has chosen.
 */
public record TrainingConfig(
        @Setting(value = "the optimizer", fallback = "adam") Optimizer optimizer,
        @Setting(value = "Adam's step size", range = "(0, 10]", fallback = "0.001") double learningRate,
        @Setting(value = "Adam's decay rate of the mean gradient", range = "[0, 1)", fallback = "0.9") double beta1,
        @Setting(value = "Adam's decay rate of the squared gradient", range = "[0, 1)", fallback = "0.999")
        double beta2,
        @Setting(value = "added to Adam's denominator for stability", range = "(0, 1]", fallback = "1.0e-8")
        double epsilon,
        @Setting(value = "sequences per mini-batch", range = "[1, 65536]", fallback = "64") int batchSize,
        @Setting(value = "passes over the training sequences", range = "[1, 1000]",
                derived = DEFAULT_EPOCHS + " unless max_steps is given")
        OptionalInt epochs,
        @Setting(value = "stop after this many mini-batch steps (epochs then bound training only if given too)",
                range = "[1, 1000000000]")
        OptionalInt maxSteps,
        @Setting(value = "steps between validation losses", range = "[1, 1000000000]", fallback = "100")
        int validateEvery,
        @Setting(value = "size of the fixed subset of validation sequences the validation loss is computed on",
                range = "[1, 10000000]", fallback = "512")
        int validationSequences,
        @Setting(value = "steps between checkpoints", range = "[1, 1000000000]", fallback = "500") int checkpointEvery,
        @Setting(value = "steps between snapshots of the weights, a multiple of validate_every; analysis.at:"
                + " matched-loss picks one and the rest are deleted when the run ends", range = "[1, 1000000000]",
                derived = "validate_every")
        int snapshotEvery) {

    /** The number of epochs when neither {@code epochs} nor {@code max_steps} is given. */
    public static final int DEFAULT_EPOCHS = 2;

    /** Settings that decide how long training runs or how it is observed, not the weights it reaches. */
    private static final List<String> NOT_WEIGHT_DECIDING =
            List.of("epochs", "max_steps", "validate_every", "validation_sequences", "checkpoint_every", "snapshot_every");

    /**
     * Checks the values against their declarations; {@code epochs} may be empty only when {@code
     * maxSteps} is present.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public TrainingConfig {
        ConfigSchema.verify(TrainingConfig.class, optimizer, learningRate, beta1, beta2, epsilon, batchSize, epochs,
                maxSteps, validateEvery, validationSequences, checkpointEvery, snapshotEvery);
    }

    /**
     * The settings that decide the trained weights: everything but how long training runs ({@code
     * epochs}, {@code max_steps}: a longer run continues a shorter one exactly) and how it is
     * observed (validations, checkpoints, snapshots).
     *
     * @return the plain values of those settings, in declaration order
     */
    public Map<String, Object> weightDecidingSettings() {
        Map<String, Object> plain = ConfigSchema.plain(this);
        plain.keySet().removeAll(NOT_WEIGHT_DECIDING);
        return plain;
    }

    /** Epochs default to two unless max_steps bounds training; a snapshot needs its step's validation loss. */
    static Relations relations() {
        return new Relations()
                .derive("epochs", values -> values.has("max_steps") ? null : DEFAULT_EPOCHS)
                .derive("snapshot_every", values -> values.get("validate_every"))
                .check(TrainingConfig::snapshotsAtValidations);
    }

    private static List<Violation> snapshotsAtValidations(Values values) {
        int every = values.get("snapshot_every");
        int validateEvery = values.get("validate_every");
        return every % validateEvery == 0
                ? List.of()
                : List.of(new Violation("snapshot_every", "a multiple of validate_every (" + validateEvery + ")", every));
    }
}
