package io.github.rnnmem.experiments.analysis.ablation;

import io.github.rnnmem.experiments.analysis.knownchars.Accuracy;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The body of {@code context_ablation.json}.
 *
 * @param sequences the test sequences counted
 * @param positions the positions counted: 0 to {@code maxKnown} known characters, a vocabulary
 *     word as target
 * @param maxKnown the most known characters of a counted position
 * @param tolerance the loss increase, in nats, the effective context span allows
 * @param shareTolerance the share of connectivity beyond a window the connectivity span allows
 * @param wholeSequence the scores seeing the whole sequence
 * @param windows the scores seeing only the last {@code d} characters, by increasing {@code d}
 * @param effectiveSpan the smallest {@code d} whose loss is within {@code tolerance} of the whole
 *     sequence's; empty when no window is
 * @param connectivitySpan the smallest {@code d} beyond which at most {@code shareTolerance} of
 *     connectivity lies; empty when there is none
 * @param connectivityRows the positions whose connectivity row has a gradient
 * @param rowsWithoutGradient the positions whose connectivity row is zero or not finite, left out
 *     of the shares
 */
public record ContextAblationResult(
        int sequences,
        long positions,
        int maxKnown,
        double tolerance,
        double shareTolerance,
        Scores wholeSequence,
        List<WindowScores> windows,
        OptionalInt effectiveSpan,
        OptionalInt connectivitySpan,
        long connectivityRows,
        long rowsWithoutGradient) {

    /**
     * The scores seeing the whole sequence.
     *
     * @param loss the mean negative log-likelihood of the target, in nats
     * @param accuracy the share of positions whose target is the top suggestion
     */
    public record Scores(double loss, Accuracy accuracy) {}

    /**
     * The scores seeing only the last {@code d} characters.
     *
     * @param characters {@code d}
     * @param loss the mean negative log-likelihood of the target, in nats
     * @param lossIncrease {@code loss} less the whole sequence's
     * @param accuracy the share of positions whose target is the top suggestion
     * @param connectivityShareBeyond the mean share of each position's connectivity at distances
     *     {@code d} and more: what the window cuts off, as connectivity sees it; empty without rows
     */
    public record WindowScores(int characters, double loss, double lossIncrease, Accuracy accuracy,
            OptionalDouble connectivityShareBeyond) {}
}
