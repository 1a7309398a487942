package io.github.rnnmem.viz.scale;

/**
 * One tick of an axis.
 *
 * @param value the data value where the tick stands
 * @param label the text shown beside it, empty for an unlabelled tick
 * @param major true for a major tick (with a grid line), false for a minor one
 */
public record Tick(double value, String label, boolean major) {

    /** Checks that the value is finite and the label present. */
    public Tick {
        if (!Double.isFinite(value) || label == null) {
            throw new IllegalArgumentException("tick: expected a finite value and a label, got " + value + " \"" + label
                    + "\"");
        }
    }
}
