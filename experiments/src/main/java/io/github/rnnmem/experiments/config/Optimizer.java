package io.github.rnnmem.experiments.config;

/** The training optimizer: {@code training.optimizer: adam} in YAML. */
public enum Optimizer {

    /**
     * Adam (Kingma and Ba 2015) with step size {@code learning_rate}, moment decay rates {@code
     * beta1} and {@code beta2}, and {@code epsilon} added to the denominator.
     */
    ADAM
}
