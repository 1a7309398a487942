package io.github.rnnmem.experiments.config;

/**
 * What connectivity differentiates with respect to: {@code analysis.connectivity.wrt: one-hot |
 * embedding} in YAML.
 */
public enum GradientInput {

    /**
     * The one-hot input characters, as the article's code does: the gradient with respect to the
     * embedding output {@code (T, E)} multiplied by the transposed embedding matrix {@code (E, 28)}.
     */
    ONE_HOT,

    /** The embedding output {@code (T, E)} itself. */
    EMBEDDING
}
