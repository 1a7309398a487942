package io.github.rnnmem.experiments.config;

/** Which weights of each unit the analyses use: {@code analysis.at: final | matched-loss} in YAML. */
public enum AnalysisWeights {

    /** The weights at the end of training. */
    FINAL,

    /**
     * For every unit, its weights at the first snapshot whose validation loss is at or below the
     * worst unit's final validation loss, so that units are compared at the same loss rather than
     * after the same number of steps.
     */
    MATCHED_LOSS
}
