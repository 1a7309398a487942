package io.github.rnnmem.experiments.config;

/**
 * How one input position's gradient vector {@code g} becomes its connectivity: {@code
 * analysis.connectivity.norm: l2 | l2-squared} in YAML.
 */
public enum GradientNorm {

    /** {@code ||g||_2}, as the article's formula writes it. */
    L2,

    /** {@code ||g||_2^2 = sum g_i^2}, as the article's code computes it. */
    L2_SQUARED
}
