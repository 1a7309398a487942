package io.github.rnnmem.experiments.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import io.github.rnnmem.experiments.config.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba 2015) in TensorFlow 1's formulation, the optimizer the article used, with a
 * state that can be saved and restored exactly.
 *
 * <p>At step {@code t} (from 1), for every parameter {@code w} with gradient {@code g}:
 *
 * <pre>
 *   m    = b1 m + (1 - b1) g
 *   v    = b2 v + (1 - b2) g^2
 *   lr_t = lr sqrt(1 - b2^t) / (1 - b1^t)
 *   w    = w - lr_t m / (sqrt(v) + eps)
 * </pre>
 *
 * Updates are done in place, outside any gradient collector, by the engine's fused update (which
 * takes {@code lr_t} and has no weight decay or clipping here). PyTorch accumulates gradients, and
 * its update zeroes them; MXNet overwrites them at every backward pass.
 */
public final class AdamOptimizer {

    /** The engines' value for a gradient that is not clipped. */
    private static final float NO_CLIPPING = -1f;

    private final List<Parameter> parameters;
    private final TrainingConfig settings;
    private final List<NDArray> firstMoments = new ArrayList<>();
    private final List<NDArray> secondMoments = new ArrayList<>();
    private long step;

    /**
     * Creates the optimizer with zero moments.
     *
     * @param parameters the trainable parameters, initialised
     * @param settings the training settings, whose Adam hyperparameters are used
     * @param manager the manager owning the moments (the model's)
     */
    public AdamOptimizer(List<Parameter> parameters, TrainingConfig settings, NDManager manager) {
        this.parameters = List.copyOf(parameters);
        this.settings = settings;
        for (Parameter parameter : parameters) {
            NDArray weight = parameter.getArray();
            firstMoments.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
            secondMoments.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
        }
        NDScope.unregister(firstMoments.toArray(NDArray[]::new));
        NDScope.unregister(secondMoments.toArray(NDArray[]::new));
    }

    /**
     * The number of updates done so far.
     *
     * @return {@code t}
     */
    public long step() {
        return step;
    }

    /**
     * Applies one update from the current gradients: one fused operator per parameter, the
     * engine's {@code adam_update}, given {@code lr_t} as its learning rate.
     */
    public void update() {
        step++;
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        float rate = (float) (settings.learningRate() * Math.sqrt(1 - Math.pow(b2, step)) / (1 - Math.pow(b1, step)));
        try (NDScope scope = new NDScope()) {
            for (int i = 0; i < parameters.size(); i++) {
                NDArray weight = parameters.get(i).getArray();
                NDArray gradient = weight.getGradient();
                weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradient, firstMoments.get(i), secondMoments.get(i)),
                        new NDList(weight), rate, rate, 0f, 1f, NO_CLIPPING, (float) b1, (float) b2,
                        (float) settings.epsilon(), false, false);
            }
            scope.suppressNotUsedWarning();
        }
    }

    /**
     * The state: the step and both moments of every parameter.
     *
     * @return bytes that {@link #load} restores exactly
     */
    public byte[] save() {
        NDList state = new NDList();
        state.addAll(firstMoments);
        state.addAll(secondMoments);
        byte[] moments = state.encode();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Long.BYTES + moments.length);
        buffer.putLong(step).put(moments);
        return buffer.array();
    }

    /**
     * Restores a state saved by {@link #save}.
     *
     * @param bytes the saved state
     * @param manager the manager to decode into
     * @throws IllegalArgumentException if the state does not fit these parameters
     */
    public void load(byte[] bytes, NDManager manager) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        long savedStep = buffer.getLong();
        byte[] moments = new byte[buffer.remaining()];
        buffer.get(moments);
        NDList state = NDList.decode(manager, moments);
        if (state.size() != 2 * parameters.size()) {
            throw new IllegalArgumentException(
                    "optimizer state holds " + state.size() / 2 + " parameters, the model has " + parameters.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            NDArray m = state.get(i);
            NDArray v = state.get(parameters.size() + i);
            if (!m.getShape().equals(firstMoments.get(i).getShape()) || !v.getShape().equals(secondMoments.get(i).getShape())) {
                throw new IllegalArgumentException("optimizer state of " + parameters.get(i).getName()
                        + " has shape " + m.getShape() + ", the parameter " + firstMoments.get(i).getShape());
            }
            firstMoments.get(i).set(m.toByteBuffer());
            secondMoments.get(i).set(v.toByteBuffer());
            m.close();
            v.close();
        }
        step = savedStep;
    }
}
