package io.github.rnnmem.viz.scale;

/** How an axis maps values: evenly ({@link #LINEAR}) or by orders of magnitude ({@link #LOG}). */
public enum ScaleType {
    /** Equal differences take equal space; any finite value can be drawn. */
    LINEAR {
        @Override
        public boolean accepts(double value) {
            return Double.isFinite(value);
        }

        @Override
        public Scale scale(Domain domain, double rangeStart, double rangeEnd) {
            return new LinearScale(domain, rangeStart, rangeEnd);
        }
    },
    /** Equal ratios take equal space (log10); only finite values greater than 0 can be drawn. */
    LOG {
        @Override
        public boolean accepts(double value) {
            return Double.isFinite(value) && value > 0;
        }

        @Override
        public Scale scale(Domain domain, double rangeStart, double rangeEnd) {
            return new LogScale(domain, rangeStart, rangeEnd);
        }
    };

    /**
     * Whether a value can be placed on a scale of this type.
     *
     * @param value the value
     * @return true for finite values (and, for {@link #LOG}, values greater than 0)
     */
    public abstract boolean accepts(double value);

    /**
     * Makes a scale of this type.
     *
     * @param domain the data interval
     * @param rangeStart the pixel coordinate of {@code domain.min()}
     * @param rangeEnd the pixel coordinate of {@code domain.max()}
     * @return the scale
     */
    public abstract Scale scale(Domain domain, double rangeStart, double rangeEnd);
}
