package io.github.rnnmem.api.layer;

import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;

/** The initialisers of the article's TensorFlow 1 cells. */
public final class Initializers {

    private Initializers() {}

    /**
     * Glorot (Xavier) uniform, TensorFlow's default for kernels: for a kernel of shape {@code
     * (fanIn, fanOut)} values are drawn from {@code U(-a, a)} with {@code a = sqrt(6 / (fanIn +
     * fanOut))}.
     *
     * @return the initialiser
     */
    public static Initializer glorotUniform() {
        // DJL's Xavier: a = sqrt(magnitude / ((fanIn + fanOut) / 2)); magnitude 3 gives Glorot.
        return new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3f);
    }

    /**
     * A constant, such as the 1.0 of a GRU's gate bias.
     *
     * @param value the value of every element
     * @return the initialiser
     */
    public static Initializer constant(float value) {
        return new ConstantInitializer(value);
    }
}
