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
    static final BenchSize QUICKSTART = new BenchSize("quickstart", 32, 100, 128, 2_002, List.of(
            BenchUnit.kernel("gru", 155, 1),
            new BenchUnit("gru: article (unrolled)", "gru", null, 155, 1, 0, "gru", true),
            BenchUnit.kernel("lstm", 128, 1),
            new BenchUnit("lstm: article on the fused kernel", "lstm", null, 128, 1, 0, "lstm", false),
            new BenchUnit("lstm: article (unrolled)", "lstm", "article-unrolled", 128, 1, 0, "lstm", true),
            new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, 86, 1, 2, "lstm", true)));

    /** A mid size: two layers of 128 units on a small vocabulary. */
    static final BenchSize MID = new BenchSize("mid", 32, 100, 32, 2_000, List.of(
            BenchUnit.kernel("gru", 128, 2),
            new BenchUnit("gru: article (unrolled)", "gru", null, 128, 2, 0, "gru", true),
            BenchUnit.kernel("lstm", 128, 2),
            new BenchUnit("lstm: article on the fused kernel", "lstm", null, 128, 2, 0, "lstm", false),
            new BenchUnit("lstm: article (unrolled)", "lstm", "article-unrolled", 128, 2, 0, "lstm", true),
            new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, 128, 2, 2, "lstm", true)));

    /** The article's models ({@code experiments/paper.yaml}). */
    static final BenchSize ARTICLE = new BenchSize("article", 64, 200, 600, 16_386, List.of(
            new BenchUnit("gru: article (unrolled)", "gru", null, 600, 2, 0, "gru", true),
            new BenchUnit("lstm: article on the fused kernel", "lstm", null, 600, 2, 0, "lstm", false),
            new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, 600, 1, 2, "lstm", true)));

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
