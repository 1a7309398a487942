package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.EnumRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.RealRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import io.github.rnnmem.experiments.config.internal.Violation;
import io.github.rnnmem.experiments.config.internal.YamlWriter;
import java.util.List;
import java.util.OptionalInt;

/**
 * How each unit is trained: {@code training} in YAML. The defaults are the article's: Adam with its
 * default parameters, batches of 64, 2 epochs.
 *
 * <p>Adam updates each parameter {@code w} with gradient {@code g} at step {@code t} as {@code m =
 * beta1 m + (1 - beta1) g}, {@code v = beta2 v + (1 - beta2) g^2}, {@code w -= learning_rate *
 * m^ / (sqrt(v^) + epsilon)}, where {@code m^ = m / (1 - beta1^t)} and {@code v^ = v / (1 -
 * beta2^t)}.
 *
 * @param optimizer the optimizer
 * @param learningRate Adam's step size, in (0, 10]
 * @param beta1 decay rate of the first moment, in [0, 1)
 * @param beta2 decay rate of the second moment, in [0, 1)
 * @param epsilon added to the denominator, in (0, 1]
 * @param batchSize sequences per mini-batch, in [1, 65536]
 * @param epochs passes over the training sequences, in [1, 1000]; empty when only {@code maxSteps}
 *     bounds training
 * @param maxSteps the most mini-batch steps, in [1, 10^9], or empty; training stops at whichever
 *     of the two bounds comes first
 * @param validateEvery steps between two validation losses, in [1, 10^9]
 * @param validationSequences size of the fixed validation subset used for those losses, in [1,
 *     10^7]
 * @param checkpointEvery steps between two checkpoints, in [1, 10^9]
 * @param snapshotEvery steps between two weight snapshots (for analyses at matched validation
 *     loss), a multiple of {@code validateEvery}; snapshots are pruned once the run has chosen
 */
public record TrainingConfig(
        Optimizer optimizer,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        OptionalInt epochs,
        OptionalInt maxSteps,
        int validateEvery,
        int validationSequences,
        int checkpointEvery,
        int snapshotEvery) {

    /** The number of epochs when neither {@code epochs} nor {@code max_steps} is given. */
    public static final int DEFAULT_EPOCHS = 2;

    private static final int BILLION = 1_000_000_000;

    static final Setting<Optimizer> OPTIMIZER = new Setting<>(
            "optimizer", EnumRule.of(Optimizer.class), Fallback.value(Optimizer.ADAM), "the optimizer");
    static final Setting<Double> LEARNING_RATE = new Setting<>(
            "learning_rate", RealRule.aboveUpTo(0, 10), Fallback.value(0.001), "Adam's step size");
    static final Setting<Double> BETA1 = new Setting<>(
            "beta1", RealRule.fromBelow(0, 1), Fallback.value(0.9), "Adam's decay rate of the mean gradient");
    static final Setting<Double> BETA2 = new Setting<>(
            "beta2", RealRule.fromBelow(0, 1), Fallback.value(0.999), "Adam's decay rate of the squared gradient");
    static final Setting<Double> EPSILON = new Setting<>(
            "epsilon", RealRule.aboveUpTo(0, 1), Fallback.value(1e-8), "added to Adam's denominator for stability");
    static final Setting<Integer> BATCH_SIZE = new Setting<>(
            "batch_size", IntegerRule.between(1, 65_536), Fallback.value(64), "sequences per mini-batch");
    static final Setting<Integer> MAX_STEPS = new Setting<>(
            "max_steps",
            IntegerRule.between(1, BILLION),
            Fallback.none(),
            "stop after this many mini-batch steps (epochs then bound training only if given too)");
    static final Setting<Integer> EPOCHS = new Setting<>(
            "epochs",
            IntegerRule.between(1, 1000),
            Fallback.derived(
                    DEFAULT_EPOCHS + " unless max_steps is given",
                    fields -> fields.has(MAX_STEPS) ? null : DEFAULT_EPOCHS),
            "passes over the training sequences");
    static final Setting<Integer> VALIDATE_EVERY = new Setting<>(
            "validate_every", IntegerRule.between(1, BILLION), Fallback.value(100), "steps between validation losses");
    static final Setting<Integer> VALIDATION_SEQUENCES = new Setting<>(
            "validation_sequences",
            IntegerRule.between(1, 10_000_000),
            Fallback.value(512),
            "size of the fixed subset of validation sequences the validation loss is computed on");
    static final Setting<Integer> CHECKPOINT_EVERY = new Setting<>(
            "checkpoint_every", IntegerRule.between(1, BILLION), Fallback.value(500), "steps between checkpoints");

    static final Setting<Integer> SNAPSHOT_EVERY = new Setting<>(
            "snapshot_every",
            IntegerRule.between(1, BILLION),
            Fallback.derived("validate_every", fields -> fields.get(VALIDATE_EVERY)),
            "steps between snapshots of the weights, a multiple of validate_every; analysis.at: matched-loss picks one"
                    + " and the rest are deleted when the run ends");

    static final Section<TrainingConfig> SECTION = new Section<>(
            "training",
            "how each unit is trained",
            Fallback.defaults(),
            TrainingConfig.class,
            new Table(
                    List.of(
                            OPTIMIZER,
                            LEARNING_RATE,
                            BETA1,
                            BETA2,
                            EPSILON,
                            BATCH_SIZE,
                            EPOCHS,
                            MAX_STEPS,
                            VALIDATE_EVERY,
                            VALIDATION_SEQUENCES,
                            CHECKPOINT_EVERY,
                            SNAPSHOT_EVERY),
                    List.of(TrainingConfig::snapshotsAtValidations)),
            fields -> new TrainingConfig(
                    fields.get(OPTIMIZER),
                    fields.get(LEARNING_RATE),
                    fields.get(BETA1),
                    fields.get(BETA2),
                    fields.get(EPSILON),
                    fields.get(BATCH_SIZE),
                    fields.optionalInt(EPOCHS),
                    fields.optionalInt(MAX_STEPS),
                    fields.get(VALIDATE_EVERY),
                    fields.get(VALIDATION_SEQUENCES),
                    fields.get(CHECKPOINT_EVERY),
                    fields.get(SNAPSHOT_EVERY)),
            training -> fields(
                    training.optimizer,
                    training.learningRate,
                    training.beta1,
                    training.beta2,
                    training.epsilon,
                    training.batchSize,
                    training.epochs,
                    training.maxSteps,
                    training.validateEvery,
                    training.validationSequences,
                    training.checkpointEvery,
                    training.snapshotEvery));

    /**
     * The canonical YAML of the settings that decide the trained weights: everything but how long
     * training runs ({@code epochs}, {@code max_steps}: a longer run continues a shorter one exactly)
     * and how it is observed ({@code validate_every}, {@code validation_sequences}, {@code
     * checkpoint_every}, {@code snapshot_every}).
     *
     * @return the YAML text of the {@code training} mapping with those keys left out
     */
    public String weightDecidingYaml() {
        Fields fields = SECTION.fieldsOf(this)
                .without(EPOCHS)
                .without(MAX_STEPS)
                .without(VALIDATE_EVERY)
                .without(VALIDATION_SEQUENCES)
                .without(CHECKPOINT_EVERY)
                .without(SNAPSHOT_EVERY);
        YamlWriter out = new YamlWriter();
        out.beginMapping(SECTION.key());
        SECTION.writeFields(fields, out);
        out.end();
        return out.text();
    }

    /**
     * Checks the values against the same rules as the {@code training} mapping of a YAML file;
     * {@code epochs} may be empty only when {@code maxSteps} is present.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public TrainingConfig {
        SECTION.verify(fields(
                optimizer,
                learningRate,
                beta1,
                beta2,
                epsilon,
                batchSize,
                epochs,
                maxSteps,
                validateEvery,
                validationSequences,
                checkpointEvery,
                snapshotEvery));
    }

    /** A snapshot needs the validation loss of its step. */
    private static List<Violation> snapshotsAtValidations(Fields fields) {
        int every = fields.get(SNAPSHOT_EVERY);
        int validateEvery = fields.get(VALIDATE_EVERY);
        return every % validateEvery == 0
                ? List.of()
                : List.of(new Violation(SNAPSHOT_EVERY.key(), "a multiple of validate_every (" + validateEvery + ")", every));
    }

    private static Fields fields(
            Optimizer optimizer,
            double learningRate,
            double beta1,
            double beta2,
            double epsilon,
            int batchSize,
            OptionalInt epochs,
            OptionalInt maxSteps,
            int validateEvery,
            int validationSequences,
            int checkpointEvery,
            int snapshotEvery) {
        return new Fields()
                .put(OPTIMIZER, optimizer)
                .put(LEARNING_RATE, learningRate)
                .put(BETA1, beta1)
                .put(BETA2, beta2)
                .put(EPSILON, epsilon)
                .put(BATCH_SIZE, batchSize)
                .put(EPOCHS, epochs)
                .put(MAX_STEPS, maxSteps)
                .put(VALIDATE_EVERY, validateEvery)
                .put(VALIDATION_SEQUENCES, validationSequences)
                .put(CHECKPOINT_EVERY, checkpointEvery)
                .put(SNAPSHOT_EVERY, snapshotEvery);
    }
}
