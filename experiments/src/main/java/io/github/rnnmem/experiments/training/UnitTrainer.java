package io.github.rnnmem.experiments.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.BatchCursor;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.evaluation.Evaluator;
import io.github.rnnmem.experiments.io.FileProblems;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.stop.StopRequests;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trains one unit's model: Adam on the masked cross entropy, batch after batch from a training
 * sampler, with periodic validation on a fixed subset, a row of {@code training.csv} per step and
 * checkpoints that let a killed run resume exactly where its last checkpoint was taken. Asked to
 * stop ({@link StopRequests}), it finishes the batch it is on, writes a checkpoint there and throws
 * {@link TrainingStoppedException}: the next run resumes from that batch.
 */
public final class UnitTrainer {

    private final TrainingPlan plan;
    private final ProgressReporter progress;
    private final Consumer<String> warnings;
    private final StopRequests stop;

    /**
     * Creates a trainer.
     *
     * @param plan how to train
     * @param progress shows the progress bar
     * @param warnings receives warnings for the user
     * @param stop consulted after every batch
     */
    public UnitTrainer(TrainingPlan plan, ProgressReporter progress, Consumer<String> warnings, StopRequests stop) {
        this.plan = plan;
        this.progress = progress;
        this.warnings = warnings;
        this.stop = stop;
    }

    /**
     * Trains, resuming from the latest checkpoint if there is one.
     *
     * @param label the unit's label, for progress and messages
     * @param model the model, initialised on {@code manager}
     * @param manager the manager of the engine and device
     * @param training the training sampler
     * @param validation the evaluation sampler of the validation split
     * @param checkpoints the unit's checkpoint store
     * @param snapshots the unit's weight snapshots, written every {@code snapshotEvery} steps
     * @param log the unit's training log
     * @return how training ended
     * @throws IOException if a checkpoint cannot be written
     * @throws TrainingDivergedException if the loss becomes NaN or infinite
     * @throws TrainingStoppedException when asked to stop, once the checkpoint of the last batch is
     *     written
     */
    public TrainingOutcome train(
            String label,
            AutocompleteModel model,
            NDManager manager,
            BatchSampler training,
            BatchSampler validation,
            CheckpointStore checkpoints,
            SnapshotStore snapshots,
            TrainingLog log)
            throws IOException {
        TrainingStep trainingStep = new TrainingStep(model, manager, plan.training());
        AdamOptimizer optimizer = trainingStep.optimizer();
        long step = 0;
        BatchCursor cursor = BatchCursor.START;
        double seconds = 0;
        Optional<Checkpoint> saved =
                checkpoints.restore(warnings, checkpoint -> restore(model, manager, optimizer, checkpoint));
        if (saved.isPresent()) {
            Checkpoint checkpoint = saved.get();
            step = checkpoint.step();
            cursor = new BatchCursor(checkpoint.epoch(), checkpoint.batch());
            seconds = checkpoint.seconds();
            if (checkpoint.finished() && step >= plan.steps()) {
                return new TrainingOutcome(step, seconds, step, true);
            }
        }
        long resumedFrom = step;
        long checkpointed = step;
        log.truncateAfter(step);
        Evaluator evaluator = new Evaluator(model, manager);
        double elapsed = seconds;
        try (ProgressTask task = progress.start("train " + label, plan.steps(), "steps");
                StopRequests.Deferral deferral = stop.deferred()) {
            task.advance(step);
            long started = System.nanoTime();
            while (step < plan.steps()) {
                Batch batch = training.batch(cursor);
                double loss = trainingStep.gradients(batch);
                if (!Double.isFinite(loss)) {
                    throw diverged(label, "the training loss became " + loss, step + 1, checkpointed);
                }
                optimizer.update();
                step++;
                cursor = training.next(cursor);
                elapsed = seconds + (System.nanoTime() - started) / 1e9;
                double validLoss = Double.NaN;
                if (step % plan.training().validateEvery() == 0 || step == plan.steps()) {
                    validLoss = evaluator.score(validation, plan.validationBatches(), silentTask()).crossEntropyPerCharacter();
                }
                log.append(new TrainingLog.Row(step, epochs(cursor, training), loss, validLoss, elapsed));
                boolean snapshot = step % plan.training().snapshotEvery() == 0;
                boolean checkpoint = step % plan.training().checkpointEvery() == 0 || step == plan.steps();
                boolean stopping = stop.requested() && step < plan.steps();
                checkpoint |= stopping;
                if (snapshot || checkpoint) {
                    if (!finite(model)) {
                        throw diverged(label, "a parameter became NaN or infinite", step, checkpointed);
                    }
                    Checkpoint state = new Checkpoint(plan.identity(), step, cursor.epoch(), cursor.batch(), elapsed,
                            step >= plan.steps(), parameters(model), checkpoint ? optimizer.save() : new byte[0]);
                    if (snapshot) {
                        snapshots.save(state);
                    }
                    if (checkpoint) {
                        checkpoints.save(state);
                        checkpointed = step;
                    }
                }
                task.status(status(loss, validLoss, batch, elapsed - seconds, step - resumedFrom));
                task.advance(1);
                if (stopping) {
                    throw new TrainingStoppedException(String.format(Locale.ROOT,
                            "%s: stopped on request at step %,d of %,d; its checkpoint is written: run again to resume",
                            label, step, plan.steps()));
                }
            }
        }
        return new TrainingOutcome(step, elapsed, resumedFrom, false);
    }

    private static TrainingDivergedException diverged(String label, String what, long step, long checkpointed) {
        return new TrainingDivergedException(String.format(Locale.ROOT,
                "%s: %s at step %d; training stopped and %s (try a smaller training.learning_rate)", label, what, step,
                checkpointed > 0 ? "the checkpoint of step " + checkpointed + " is kept" : "no checkpoint was written"));
    }

    /**
     * Whether every parameter is finite, so that a checkpoint is worth keeping: {@code w - w} is 0
     * for a finite {@code w} and NaN for NaN or an infinity, so its sum is NaN exactly when some
     * element is not finite (and cannot overflow).
     */
    private static boolean finite(AutocompleteModel model) {
        try (NDScope scope = new NDScope()) {
            for (Parameter parameter : TrainingStep.trainable(model)) {
                NDArray weights = parameter.getArray();
                if (!Float.isFinite(weights.sub(weights).sum().getFloat())) {
                    return false;
                }
            }
            scope.suppressNotUsedWarning();
            return true;
        }
    }

    private static ProgressTask silentTask() {
        return ProgressReporter.silent().start("", 0, "");
    }

    private String status(double loss, double validLoss, Batch batch, double invocationSeconds, long invocationSteps) {
        long characters = 0;
        for (float cell : batch.paddingMask()) {
            characters += (long) cell;
        }
        double rate = invocationSteps / Math.max(invocationSeconds, 1e-9) * characters;
        return String.format(Locale.ROOT, "loss %.3f%s  %,.0f chars/s", loss,
                Double.isNaN(validLoss) ? "" : String.format(Locale.ROOT, "  valid %.3f", validLoss), rate);
    }

    private static double epochs(BatchCursor next, BatchSampler training) {
        return next.epoch() + (double) next.batch() / training.batchesPerEpoch();
    }

    private static byte[] parameters(AutocompleteModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.saveParameters(out);
        }
        return bytes.toByteArray();
    }

    /**
     * Puts a checkpoint's parameters and optimizer state into the training.
     *
     * @throws IllegalArgumentException saying why when the checkpoint is not this training's or
     *     does not fit its model; the checkpoint store then tries the previous file
     */
    private void restore(AutocompleteModel model, NDManager manager, AdamOptimizer optimizer, Checkpoint checkpoint) {
        if (!checkpoint.identity().equals(plan.identity())) {
            throw new IllegalArgumentException("it belongs to another training of this unit (identity "
                    + checkpoint.identity() + ", expected " + plan.identity() + ")");
        }
        ModelWeights.load(model, manager, checkpoint);
        for (Parameter parameter : TrainingStep.trainable(model)) {
            parameter.getArray().setRequiresGradient(true);
        }
        try {
            optimizer.load(checkpoint.optimizer(), manager);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its optimizer state does not fit this unit's model ("
                    + FileProblems.reason(e) + ")", e);
        }
    }
}
