package io.github.rnnmem.experiments.config;

/**
 * Which score of the output at position {@code t} connectivity differentiates: {@code
 * analysis.connectivity.target: logit | log-probability | predicted-logit} in YAML.
 */
public enum ConnectivityScore {

    /** The logit of the target word {@code w_t}, as the article does. */
    LOGIT,

    /** The log-probability of the target word: its logit minus the log-sum-exp over all classes. */
    LOG_PROBABILITY,

    /** The logit of the word the model ranks first at {@code t} (never {@code <pad>} or {@code <unknown>}). */
    PREDICTED_LOGIT
}
