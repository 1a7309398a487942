package io.github.rnnmem.experiments.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit configuration the benchmark times.
 *
 * @param label how tables name it
 * @param unit the unit's name
 * @param variant its {@code variant} setting, or null for the unit's default
 * @param hidden the width of every layer
 * @param layers the number of stacked layers
 * @param depth the Nested LSTM's depth, or 0 for units without one
 * @param family the DJL kernel it is compared with: {@code gru} or {@code lstm}
 * @param unrolled whether it runs step by step, so that its layer has a floor to compare with
 */
record BenchUnit(
        String label, String unit, String variant, int hidden, int layers, int depth, String family, boolean unrolled) {

    /**
     * DJL's fused kernel of a family at a width: the unit's {@code fused} variant.
     *
     * @param family {@code gru} or {@code lstm}
     * @param hidden the width
     * @param layers the number of layers
     * @return the configuration
     */
    static BenchUnit kernel(String family, int hidden, int layers) {
        return new BenchUnit(family + ": DJL's fused kernel", family, "fused", hidden, layers, 0, family, false);
    }

    /**
     * The DJL kernel this unit is compared with, on the same shapes.
     *
     * @return the kernel's configuration
     */
    BenchUnit peer() {
        return kernel(family, hidden, layers);
    }

    /**
     * The unit's settings.
     *
     * @return {@code hidden}, and {@code variant} and {@code depth} when set
     */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("hidden", hidden);
        if (variant != null) {
            settings.put("variant", variant);
        }
        if (depth > 0) {
            settings.put("depth", depth);
        }
        return settings;
    }

    /**
     * The shape, as tables show it.
     *
     * @return for instance {@code 2 x 128} or {@code 1 x 86, depth 2}
     */
    String shape() {
        return layers + " x " + hidden + (depth > 0 ? ", depth " + depth : "");
    }

    /**
     * A key naming the configuration and its shape.
     *
     * @return the label and the shape
     */
    String key() {
        return label + " (" + shape() + ")";
    }
}
