package io.github.rnnmem.experiments.evaluation;

import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.Vocabulary;

/**
 * Running sums over scored batches, from which every reported metric follows.
 *
 * <p>Per character position: {@code nll} is the negative log-likelihood of the target and {@code
 * hit} whether the most likely class is the target. Positions are <em>padding</em> (not
 * counted at all), <em>unknown</em> (target {@code <unknown>}) or <em>known</em>:
 *
 * <pre>
 *   cross entropy (article)    = mean over sequences of (mean nll over the sequence's known positions)
 *   cross entropy (per char)   = sum of nll over known positions / known positions
 *   accuracy (masked)          = hits at known positions / known positions
 *   accuracy (article)         = hits at known positions / (known + unknown positions)
 * </pre>
 *
 * The article's accuracy counts every {@code <unknown>} target as a miss; the masked accuracy
 * leaves them out, as the loss does. Sequences without a known position do not enter the
 * per-sequence mean.
 */
public final class Scores {

    private double sumOfSequenceMeans;
    private long scoredSequences;
    private long sequences;
    private double sumNll;
    private long knownPositions;
    private long unknownPositions;
    private long hits;

    /**
     * Adds one batch.
     *
     * @param batch the batch
     * @param nll the negative log-likelihood of every position, row-major {@code (B, T)}
     * @param predictions the most likely class of every position, row-major {@code (B, T)}
     */
    public void add(Batch batch, float[] nll, long[] predictions) {
        int time = batch.time();
        for (int b = 0; b < batch.batchSize(); b++) {
            double sequenceNll = 0;
            int sequenceKnown = 0;
            for (int t = 0; t < time; t++) {
                int cell = b * time + t;
                if (batch.paddingMask()[cell] == 0f) {
                    continue;
                }
                int target = batch.targets()[cell];
                if (target == Vocabulary.UNKNOWN) {
                    unknownPositions++;
                    continue;
                }
                sequenceNll += nll[cell];
                sequenceKnown++;
                if (predictions[cell] == target) {
                    hits++;
                }
            }
            sequences++;
            knownPositions += sequenceKnown;
            sumNll += sequenceNll;
            if (sequenceKnown > 0) {
                sumOfSequenceMeans += sequenceNll / sequenceKnown;
                scoredSequences++;
            }
        }
    }

    /**
     * The mean negative log-likelihood per known position.
     *
     * @return the per-character cross entropy, NaN when nothing was counted
     */
    public double crossEntropyPerCharacter() {
        return sumNll / knownPositions;
    }

    /**
     * The summary of everything added.
     *
     * @return the metrics
     */
    public TestMetrics metrics() {
        return new TestMetrics(
                sumOfSequenceMeans / scoredSequences,
                crossEntropyPerCharacter(),
                (double) hits / knownPositions,
                (double) hits / (knownPositions + unknownPositions),
                new TestMetrics.Counts(sequences, knownPositions, unknownPositions, hits));
    }
}
