package io.github.rnnmem.experiments.training;

/**
 * Adam's hyperparameters; the article used the defaults.
 *
 * @param learningRate {@code lr}, 0.001 in the article
 * @param beta1 {@code b1}, 0.9
 * @param beta2 {@code b2}, 0.999
 * @param epsilon {@code eps}, 1e-8
 */
public record AdamSettings(double learningRate, double beta1, double beta2, double epsilon) {

    /** TensorFlow's and the article's defaults. */
    public static final AdamSettings DEFAULTS = new AdamSettings(0.001, 0.9, 0.999, 1e-8);

    /** Checks the ranges. */
    public AdamSettings {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("invalid Adam settings: lr " + learningRate + ", beta1 " + beta1
                    + ", beta2 " + beta2 + ", epsilon " + epsilon);
        }
    }
}
