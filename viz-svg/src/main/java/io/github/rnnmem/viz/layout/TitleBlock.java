package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure title, wrapped onto at most two lines and left-aligned at the padding.
 *
 * @param lines the lines, bold
 * @param bottom the y just under the last line
 */
record TitleBlock(List<TextItem> lines, double bottom) {

    /**
     * Places a title across a figure's width.
     *
     * @param title the title
     * @param figureWidth the figure width
     * @return the block
     */
    static TitleBlock of(String title, double figureWidth) {
        double size = Metrics.TITLE_SIZE;
        double lineHeight = size * Metrics.LINE_HEIGHT;
        List<String> texts = Monospace.wrap(title, size, figureWidth - 2 * Metrics.PADDING, Metrics.TITLE_LINES);
        boolean shortened = texts.get(texts.size() - 1).endsWith("…") && !title.strip().endsWith("…");
        List<TextItem> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double baseline = Metrics.PADDING + Metrics.ASCENT * size + i * lineHeight;
            lines.add(new TextItem(
                    Metrics.PADDING, baseline, texts.get(i), size, TextAnchor.START, true, false, shortened ? title : ""));
        }
        return new TitleBlock(List.copyOf(lines), Metrics.PADDING + texts.size() * lineHeight);
    }
}
