package io.github.rnnmem.experiments.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.function.DoubleSupplier;

/**
 * The least time a step-by-step layer pass (forward and backward) can take on an engine: its
 * operators, each paying the engine's cost per operator, and its arithmetic at the rate the
 * engine multiplies matrices of the step's shapes.
 *
 * <pre>
 *   floor = T (k c + F / r)
 *   k  operators per step: arrays a step creates, counted on the layer itself
 *      (the arrays of T = 9 steps less those of T = 1, over 8; a split into p parts counts p)
 *   c  cost of one operator forward and backward: a chain of 100 elementwise operators on
 *      (B, H) arrays (add and multiply by a (B, H) array, sigmoid, tanh), timed forward and
 *      backward in the same rounds as the layer, over 100
 *   F  FLOPs of a step forward and backward: 6 B times the layer's kernel elements (every
 *      weight is used once per character forward, twice backward)
 *   r  the engine's product rate at the step's shapes: a chain of 25 products (B, H) x (H, H),
 *      forward and backward, each less one operator's cost c
 * </pre>
 *
 * @param operatorsPerStep {@code k}
 * @param operatorMicros {@code c} in microseconds
 * @param productGflops {@code r} in GFLOP/s
 * @param flopsPerStep {@code F}
 * @param steps {@code T}
 */
record LayerFloor(double operatorsPerStep, double operatorMicros, double productGflops, double flopsPerStep, int steps) {

    private static final int CHAIN = 100;
    private static final int PRODUCTS = 25;
    private static final int[] COUNTED_STEPS = {1, 9};

    /**
     * The floor's time.
     *
     * @return milliseconds
     */
    double millis() {
        return steps * (operatorsPerStep * operatorMicros / 1e3 + flopsPerStep / (productGflops * 1e9) * 1e3);
    }

    /**
     * The floor of a layer from chains timed in the same rounds as the layer.
     *
     * @param operatorsPerStep {@code k}, from {@link #operatorsPerStep}
     * @param elementwiseChainMillis the time of {@link #elementwiseChain} at the layer's {@code (B, H)}
     * @param productChainMillis the time of {@link #productChain} at the layer's {@code (B, H)}
     * @param layer the layer, for its kernels
     * @param size {@code B} and {@code T}
     * @param hidden {@code H}
     * @return the floor
     */
    static LayerFloor of(double operatorsPerStep, double elementwiseChainMillis, double productChainMillis, Block layer,
            BenchSize size, int hidden) {
        double operatorMicros = elementwiseChainMillis * 1e3 / CHAIN;
        double productMicros = productChainMillis * 1e3 / PRODUCTS;
        double productFlops = 6.0 * size.batch() * hidden * hidden;
        double arithmeticMicros = Math.max(productMicros - operatorMicros, 0.1 * productMicros);
        double kernelElements = layer.getParameters().values().stream()
                .filter(p -> p.getArray().getShape().dimension() == 2)
                .mapToLong(p -> p.getArray().size())
                .sum();
        return new LayerFloor(operatorsPerStep, operatorMicros, productFlops / arithmeticMicros / 1e3,
                6.0 * size.batch() * kernelElements, size.time());
    }

    /**
     * Counts the operators of one step of a layer: the arrays a pass of 9 steps creates, less
     * those of a pass of 1 step, over 8.
     *
     * @param manager where to run the passes
     * @param layer the layer
     * @param batch {@code B}
     * @param inputSize the layer's input width
     * @return {@code k}
     */
    static double operatorsPerStep(NDManager manager, Block layer, int batch, int inputSize) {
        int[] arrays = new int[COUNTED_STEPS.length];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = arraysOfPass(manager, layer, batch, COUNTED_STEPS[i], inputSize);
        }
        return (double) (arrays[1] - arrays[0]) / (COUNTED_STEPS[1] - COUNTED_STEPS[0]);
    }

    /**
     * A timed chain of 100 elementwise operators (add, multiply, sigmoid, tanh) forward and
     * backward.
     *
     * @param manager where to run it
     * @param shape {@code (B, H)}
     * @return the chain's time in milliseconds, per run
     */
    static DoubleSupplier elementwiseChain(NDManager manager, Shape shape) {
        NDArray operand = manager.randomUniform(0.5f, 1f, shape);
        return () -> chain(manager, shape, CHAIN, (y, i) -> elementwise(y, operand, i));
    }

    /**
     * A timed chain of 25 products {@code (B, H) x (H, H)} forward and backward, the weight
     * included.
     *
     * @param manager where to run it
     * @param shape {@code (B, H)}
     * @return the chain's time in milliseconds, per run
     */
    static DoubleSupplier productChain(NDManager manager, Shape shape) {
        long hidden = shape.get(1);
        NDArray square = manager.randomUniform(-0.1f, 0.1f, new Shape(hidden, hidden));
        square.setRequiresGradient(true);
        return () -> chain(manager, shape, PRODUCTS, (y, i) -> Linear.linear(y, square).head());
    }

    private static NDArray elementwise(NDArray y, NDArray operand, int i) {
        return switch (i % 4) {
            case 0 -> y.add(operand);
            case 1 -> y.mul(operand);
            case 2 -> Activation.sigmoid(y);
            default -> y.tanh();
        };
    }

    /** One operator of a chain: the {@code i}-th array from the previous one. */
    private interface Link {
        NDArray next(NDArray y, int i);
    }

    private static double chain(NDManager manager, Shape shape, int length, Link link) {
        NDArray start = manager.randomUniform(-1, 1, shape);
        start.setRequiresGradient(true);
        long started = System.nanoTime();
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray y = start;
            for (int i = 0; i < length; i++) {
                y = link.next(y, i);
            }
            collector.backward(y.sum());
        }
        start.getGradient().sum().getFloat();
        return Timing.millisSince(started);
    }

    private static int arraysOfPass(NDManager manager, Block layer, int batch, int steps, int inputSize) {
        try (NDManager pass = manager.newSubManager()) {
            NDArray x = pass.randomUniform(-1, 1, new Shape(batch, steps, inputSize));
            int before = pass.getManagedArrays().size();
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                layer.forward(new ParameterStore(manager, false), new NDList(x), true);
            }
            return pass.getManagedArrays().size() - before;
        }
    }
}
