package io.github.rnnmem.units.lstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.recurrent.LSTM;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that DJL's fused LSTM kernel computes the LSTM on this engine, device and layer shape,
 * by comparing it with the same cell computed step by step ({@link LstmLayer}) on the same random
 * parameters and input.
 *
 * <p>Not every build does: PyTorch 2.7.1's CPU kernel (oneDNN) returns wrong outputs on some
 * AVX-512 CPUs for some widths (measured: hidden 16 at any batch and length, input and hidden 40;
 * outputs off by 0.1 to 0.8; widths 32, 64, 128 and 600 right; all right with {@code
 * ONEDNN_MAX_CPU_ISA=AVX2}). The check costs one forward pass at the
 * shape the layer is initialised with, and its verdict is kept per engine, device and shape.
 * Its random numbers come from {@link Random}, not from the engine, so it never changes a seeded
 * initialisation.
 */
final class FusedKernelCheck {

    /** Largest difference accepted: float32 rounding over a few steps is about {@code 1e-6}. */
    private static final double TOLERANCE = 1e-3;

    private static final Map<String, Optional<String>> VERDICTS = new ConcurrentHashMap<>();

    private FusedKernelCheck() {}

    /**
     * What is wrong with the kernel at this shape, if anything.
     *
     * @param manager a manager of the engine and device the layer runs on
     * @param inputSize the layer's input width
     * @param hidden the layer's hidden width
     * @param batch the batch size
     * @param time the number of steps
     * @return a description of the error, or empty when the kernel computes the cell
     */
    static Optional<String> problem(NDManager manager, int inputSize, int hidden, long batch, long time) {
        String key = String.join("/", manager.getEngine().getEngineName(), manager.getEngine().getVersion(),
                manager.getDevice().toString(), Integer.toString(inputSize), Integer.toString(hidden), Long.toString(batch), Long.toString(time));
        return VERDICTS.computeIfAbsent(key, k -> measure(manager, inputSize, hidden, batch, time));
    }

    private static Optional<String> measure(NDManager manager, int inputSize, int hidden, long batch, long time) {
        try (NDManager scratch = manager.newSubManager()) {
            Random random = new Random(1);
            NDArray kernel = uniform(scratch, random, new Shape(inputSize + hidden, 4L * hidden), 1.0 / Math.sqrt(hidden));
            NDArray bias = uniform(scratch, random, new Shape(4L * hidden), 0.5);
            NDArray x = uniform(scratch, random, new Shape(batch, time, inputSize), 1.0);
            LSTM fused = LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build();
            float[] onKernel = LstmOnFusedKernel.onKernel(fused, inputSize, hidden, kernel, bias, x, false).toFloatArray();
            float[] stepByStep = new LstmLayer(inputSize, hidden).forwardWith(kernel, bias, x, new NDList(), false).head()
                    .toFloatArray();
            double difference = 0;
            for (int i = 0; i < onKernel.length; i++) {
                difference = Math.max(difference, Math.abs(onKernel[i] - (double) stepByStep[i]));
            }
            if (difference <= TOLERANCE) {
                return Optional.empty();
            }
            return Optional.of(String.format(Locale.ROOT,
                    "DJL's fused LSTM kernel on %s %s (%s) computes wrong results for input width %d and hidden width %d"
                            + " (outputs differ by up to %.3g from the same cell computed step by step)",
                    manager.getEngine().getEngineName(), manager.getEngine().getVersion(), manager.getDevice(), inputSize,
                    hidden, difference));
        }
    }

    private static NDArray uniform(NDManager manager, Random random, Shape shape, double limit) {
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * limit);
        }
        return manager.create(values, shape);
    }
}
