package io.github.rnnmem.experiments.bench;

import java.util.List;

/**
 * The shapes of one benchmark size: a batch of {@code batch} sequences of {@code time}
 * characters, an embedding of {@code embedding}, {@code classes} output classes, and the units
 * timed at that size.
 *
 * @param name how tables name the size
 * @param batch {@code B}
 * @param time {@code T}
 * @param embedding {@code E}
 * @param classes {@code V}
 * @param units the units timed
 */
record BenchSize(String name, int batch, int time, int embedding, int classes, List<BenchUnit> units) {

    /** The quickstart's models ({@code experiments/quickstart.yaml}). */
    static final BenchSize QUICKSTART = new BenchSize("quickstart", 32, 100, 128, 2_002, everyVariant(155, 128, 86, 1));

    /** A mid size: two layers of 128 units on a small vocabulary. */
    static final BenchSize MID = new BenchSize("mid", 32, 100, 32, 2_000, everyVariant(128, 128, 128, 2));

    /** The article's models ({@code experiments/paper.yaml}). */
    static final BenchSize ARTICLE = new BenchSize("article", 64, 200, 600, 16_386, List.of(
            new BenchUnit("gru: article (unrolled)", "gru", null, 600, 2, 0, "gru", true),
            new BenchUnit("lstm: article on the fused kernel", "lstm", null, 600, 2, 0, "lstm", false),
            new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, 600, 1, 2, "lstm", true)));

    /**
     * Every unit and variant, each with DJL's kernel of its family on the same shapes first.
     *
     * @param gru the GRUs' width
     * @param lstm the LSTMs' width
     * @param nested the Nested LSTM's width (depth 2)
     * @param layers the layers of every model
     * @return the units
     */
    private static List<BenchUnit> everyVariant(int gru, int lstm, int nested, int layers) {
        return List.of(
                BenchUnit.kernel("gru", gru, layers),
                new BenchUnit("gru: article (unrolled)", "gru", null, gru, layers, 0, "gru", true),
                BenchUnit.kernel("lstm", lstm, layers),
                new BenchUnit("lstm: article on the fused kernel", "lstm", null, lstm, layers, 0, "lstm", false),
                new BenchUnit("lstm: article (unrolled)", "lstm", "article-unrolled", lstm, layers, 0, "lstm", true),
                new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, nested, layers, 2, "lstm", true));
    }

    /**
     * How tables describe the size.
     *
     * @return batch, length, embedding and classes
     */
    String describe() {
        return String.format(java.util.Locale.ROOT, "%s size: batch %d x %d characters, embedding %d, %,d classes", name, batch,
                time, embedding, classes);
    }
}
