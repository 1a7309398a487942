package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.scale.Superscript;
import io.github.rnnmem.viz.scale.TickFormat;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A connectivity figure, placed: the analysed text once per model, each character shaded by how much
 * the prediction at the selected position depends on it, as in the article's figure.
 *
 * <p>From top to bottom: the title, one panel per model, then the colour bar and a note on how to
 * read it. Every panel breaks the text at the same places ({@link TextLine#breakText}, 15 pixel
 * monospace characters, 9 pixels apart), so the panels compare line by line. Characters up to the
 * selected position are shaded by {@link ConnectivityShading} (the row divided by its maximum, on
 * the chosen scale); later characters stay blank and grey. Right of each panel's text: the target
 * word at the selected position and the model's suggestions with their probabilities. The layout
 * depends on the selected position only through the shading, the outline and the suggestions, so
 * figures drawn for several positions line up.
 *
 * @param width the figure width
 * @param height the figure height
 * @param title the title lines
 * @param position the selected position
 * @param scale the shading scale
 * @param panels the panels, top to bottom
 * @param colourBar the colour bar
 * @param notes the lines of the reading note under the colour bar
 */
public record ConnectivityLayout(
        double width,
        double height,
        List<TextItem> title,
        int position,
        ConnectivityScale scale,
        List<ConnectivityPanelLayout> panels,
        ColourBarLayout colourBar,
        List<TextItem> notes) {

    /** Font size of the analysed text. */
    static final double TEXT_SIZE = 15;
    /** Distance between the tops of two text lines. */
    static final double LINE_PITCH = 22;
    /** Height of a character box. */
    static final double CELL_HEIGHT = 20;
    private static final double HEADING_SIZE = 13;
    private static final double HEADING_ROW = 24;
    private static final double SUGGESTION_ROW = 18;
    private static final double MIN_COLUMN = 130;
    private static final double COLUMN_GAP = 24;
    private static final double PANEL_GAP = 16;
    private static final int BAR_STEPS = 64;
    private static final double BAR_STEP_WIDTH = 4;
    private static final double BAR_HEIGHT = 12;
    private static final int NOTE_LINES = 6;
    /** Room left of the colour bar for half of its first tick label. */
    private static final double BAR_INSET = 12;
    private static final Colour FUTURE_TEXT = Colour.parse("#9A9A9A");

    /** Copies the lists. */
    public ConnectivityLayout {
        title = List.copyOf(title);
        panels = List.copyOf(panels);
        notes = List.copyOf(notes);
    }

    /**
     * Lays out a figure.
     *
     * @param panels the models' panels, all of the same text
     * @param position the selected position, 0 to the text length - 1
     * @param scale how values become colour
     * @param width the figure width, at least 400
     * @return the layout
     */
    public static ConnectivityLayout of(List<ConnectivityPanel> panels, int position, ConnectivityScale scale,
            double width) {
        List<ConnectivityPanel> checked = ConnectivityPanel.sameText(panels);
        String text = checked.get(0).text();
        int length = checked.get(0).length();
        if (position < 0 || position >= length) {
            throw new IllegalArgumentException("connectivity figure: selected position: expected 0 to " + (length - 1)
                    + " (the text has " + length + " characters), got " + position);
        }
        if (!(width >= 400 && Double.isFinite(width))) {
            throw new IllegalArgumentException("connectivity figure: expected a width of at least 400 pixels, got " + width);
        }
        double column = suggestionColumn(checked, width);
        double textLeft = Metrics.PADDING;
        double textWidth = width - 2 * Metrics.PADDING - column - COLUMN_GAP;
        double advance = Monospace.ADVANCE * TEXT_SIZE;
        List<TextLine> lines = TextLine.breakText(characters(checked.get(0)), (int) Math.floor(textWidth / advance));
        TitleBlock title = TitleBlock.of(caption(text, position), width);

        double top = title.bottom() + Metrics.TITLE_GAP;
        List<ConnectivityPanelLayout> placed = new ArrayList<>();
        double columnLeft = width - Metrics.PADDING - column;
        for (ConnectivityPanel panel : checked) {
            ConnectivityPanelLayout layout = panel(panel, position, scale, lines, textLeft, columnLeft, column, top);
            placed.add(layout);
            double textBottom = top + HEADING_ROW + lines.size() * LINE_PITCH;
            double columnBottom = top + HEADING_ROW + (1 + layout.suggestions().size()) * SUGGESTION_ROW;
            top = Math.max(textBottom, columnBottom) + PANEL_GAP;
        }
        ColourBarLayout bar = colourBar(scale, Metrics.PADDING + BAR_INSET, top + 4);
        double notesTop = bar.labels().get(0).y() + 10;
        List<TextItem> notes = new ArrayList<>();
        List<String> noteLines = Monospace.wrap(note(scale), Metrics.TICK_SIZE, width - 2 * Metrics.PADDING, NOTE_LINES);
        for (int i = 0; i < noteLines.size(); i++) {
            notes.add(new TextItem(Metrics.PADDING, notesTop + Metrics.ASCENT * Metrics.TICK_SIZE
                    + i * Metrics.TICK_SIZE * Metrics.LINE_HEIGHT, noteLines.get(i), Metrics.TICK_SIZE, TextAnchor.START,
                    false, false, ""));
        }
        double height = notesTop + noteLines.size() * Metrics.TICK_SIZE * Metrics.LINE_HEIGHT + Metrics.PADDING;
        return new ConnectivityLayout(width, height, title.lines(), position, scale, placed, bar, notes);
    }

    /**
     * The lines every panel of a text is broken into at a given number of characters per line.
     *
     * @param panel a panel of the text
     * @param perLine the most characters on a line
     * @return the lines
     */
    public static List<TextLine> lines(ConnectivityPanel panel, int perLine) {
        return TextLine.breakText(characters(panel), perLine);
    }

    /**
     * The title: the position, its character and the word it belongs to, such as {@code
     * Connectivity at position 106: "e" in "learning"}, or {@code ...: the space before
     * "learning"}.
     *
     * @param text the text
     * @param position the selected position
     * @return the title
     */
    public static String caption(String text, int position) {
        int[] points = text.codePoints().toArray();
        String character = new String(points, position, 1);
        String word = wordAt(text, position);
        String where;
        if (character.isBlank()) {
            where = word.isEmpty() ? "a space" : "the space before \"" + word + "\"";
        } else {
            where = "\"" + character + "\" in \"" + word + "\"";
        }
        return String.format(Locale.ROOT, "Connectivity at position %d: %s", position, where);
    }

    /**
     * The word a position belongs to: the word it is part of, or for a space the word after it
     * (whose target the space has).
     *
     * @param text the text
     * @param position the position
     * @return the word, empty for spaces at the end of the text
     */
    public static String wordAt(String text, int position) {
        int[] points = text.codePoints().toArray();
        int start = position;
        if (Character.isWhitespace(points[start])) {
            while (start < points.length && Character.isWhitespace(points[start])) {
                start++;
            }
        } else {
            while (start > 0 && !Character.isWhitespace(points[start - 1])) {
                start--;
            }
        }
        int end = start;
        while (end < points.length && !Character.isWhitespace(points[end])) {
            end++;
        }
        return new String(points, start, end - start);
    }

    /**
     * The reading note under the colour bar.
     *
     * @param scale the scale
     * @return the note
     */
    public static String note(ConnectivityScale scale) {
        String common = "Colour: how much the prediction at the outlined character depends on each character before"
                + " it: the gradient magnitude of the target word's logit with respect to that input character, divided"
                + " by the largest in the row. Brighter = the prediction depends more on that character. Later"
                + " characters cannot matter and stay blank.";
        return scale == ConnectivityScale.LOG
                ? common + " Log scale: each tick is 100 times less; " + ConnectivityScale.LOG_DECADES
                        + " orders of magnitude below the maximum or less is darkest."
                : common + " Linear scale: shares of the maximum; the log scale shows orders of magnitude.";
    }

    private static List<String> characters(ConnectivityPanel panel) {
        return panel.steps().stream().map(ConnectivityStep::character).toList();
    }

    /** As wide as the widest target or suggestion line of any position, within bounds. */
    private static double suggestionColumn(List<ConnectivityPanel> panels, double width) {
        double widest = MIN_COLUMN;
        for (ConnectivityPanel panel : panels) {
            for (ConnectivityStep step : panel.steps()) {
                widest = Math.max(widest, Monospace.width(targetText(step), Metrics.TICK_SIZE));
                for (Suggestion suggestion : step.suggestions()) {
                    widest = Math.max(widest, Monospace.width(suggestion.text(), Metrics.LEGEND_SIZE));
                }
            }
        }
        return Math.min(widest, width * Metrics.SIDE_SHARE);
    }

    private static String targetText(ConnectivityStep step) {
        return "target: " + step.target();
    }

    private static ConnectivityPanelLayout panel(ConnectivityPanel panel, int position, ConnectivityScale scale,
            List<TextLine> lines, double textLeft, double columnLeft, double column, double top) {
        double headingBaseline = top + HEADING_ROW / 2 + Metrics.CENTRE_BASELINE * HEADING_SIZE;
        Swatch swatch = new Swatch(new Rect(textLeft, top + HEADING_ROW / 2 - 5, 10, 10), panel.unit().colour());
        TextItem heading = TextItem.fitted(textLeft + 16, headingBaseline, panel.unit().label(), HEADING_SIZE,
                TextAnchor.START, columnLeft - COLUMN_GAP - textLeft - 16);
        heading = new TextItem(heading.x(), heading.y(), heading.text(), heading.size(), heading.anchor(), true, false,
                heading.tooltip());
        ConnectivityStep selected = panel.steps().get(position);
        double maximum = selected.maximum();
        double advance = Monospace.ADVANCE * TEXT_SIZE;
        List<CharCell> cells = new ArrayList<>();
        Rect outline = null;
        for (int row = 0; row < lines.size(); row++) {
            TextLine line = lines.get(row);
            double cellTop = top + HEADING_ROW + row * LINE_PITCH;
            for (int tau = line.start(); tau < line.end(); tau++) {
                Rect box = new Rect(textLeft + (tau - line.start()) * advance, cellTop, advance, CELL_HEIGHT);
                String character = panel.steps().get(tau).character();
                TextItem glyph = new TextItem(box.x() + advance / 2,
                        cellTop + CELL_HEIGHT / 2 + Metrics.CENTRE_BASELINE * TEXT_SIZE,
                        character.isBlank() ? "" : character, TEXT_SIZE, TextAnchor.MIDDLE, false, false, "");
                cells.add(cell(selected, tau, position, maximum, scale, box, glyph, character));
                if (tau == position) {
                    outline = box;
                }
            }
        }
        double baseline = top + HEADING_ROW / 2 + Metrics.CENTRE_BASELINE * Metrics.TICK_SIZE;
        TextItem target = TextItem.fitted(columnLeft, baseline, targetText(selected), Metrics.TICK_SIZE,
                TextAnchor.START, column);
        List<TextItem> suggestions = new ArrayList<>();
        for (int k = 0; k < selected.suggestions().size(); k++) {
            Suggestion suggestion = selected.suggestions().get(k);
            TextItem fitted = TextItem.fitted(columnLeft, top + HEADING_ROW + k * SUGGESTION_ROW + SUGGESTION_ROW / 2
                    + Metrics.CENTRE_BASELINE * Metrics.LEGEND_SIZE, suggestion.text(), Metrics.LEGEND_SIZE,
                    TextAnchor.START, column);
            boolean hit = suggestion.word().equals(selected.target());
            suggestions.add(new TextItem(fitted.x(), fitted.y(), fitted.text(), fitted.size(), fitted.anchor(), hit, false,
                    fitted.tooltip()));
        }
        return new ConnectivityPanelLayout(panel.unit().label(), swatch, heading, cells, outline, target, suggestions);
    }

    private static CharCell cell(ConnectivityStep selected, int tau, int position, double maximum,
            ConnectivityScale scale, Rect box, TextItem glyph, String character) {
        String shown = character.isBlank() ? "space" : "\"" + character + "\"";
        if (tau > position) {
            return new CharCell(tau, box, null, glyph, FUTURE_TEXT, Double.NaN, -1,
                    shown + " at " + tau + ": after the selected position");
        }
        double value = selected.connectivity(tau);
        int level = ConnectivityShading.level(ConnectivityShading.code(value, maximum), scale);
        Colour fill = ConnectivityShading.colour(level);
        double ratio = maximum > 0 ? value / maximum : 0;
        String tooltip = shown + " at " + tau + ": " + (maximum > 0 ? TickFormat.NUMBER.precise(ratio)
                + " of the row maximum" : "the whole row is 0");
        return new CharCell(tau, box, fill, glyph, fill.readableText(), ratio, level, tooltip);
    }

    private static ColourBarLayout colourBar(ConnectivityScale scale, double left, double top) {
        double titleBaseline = top + Metrics.ASCENT * Metrics.LEGEND_SIZE;
        TextItem title = new TextItem(left - BAR_INSET, titleBaseline, barTitle(scale), Metrics.LEGEND_SIZE,
                TextAnchor.START, true, false, "");
        double barTop = titleBaseline + 8;
        List<Swatch> steps = new ArrayList<>();
        for (int i = 0; i < BAR_STEPS; i++) {
            int level = (int) Math.round((double) ConnectivityShading.MAX_LEVEL * i / (BAR_STEPS - 1));
            steps.add(new Swatch(new Rect(left + i * BAR_STEP_WIDTH, barTop, BAR_STEP_WIDTH, BAR_HEIGHT),
                    ConnectivityShading.colour(level)));
        }
        double barWidth = BAR_STEPS * BAR_STEP_WIDTH;
        List<Double> ticks = new ArrayList<>();
        List<TextItem> labels = new ArrayList<>();
        double labelBaseline = barTop + BAR_HEIGHT + Metrics.TICK_LENGTH + Metrics.TICK_GAP
                + Metrics.ASCENT * Metrics.TICK_SIZE;
        List<String> texts = barLabels(scale);
        for (int i = 0; i < texts.size(); i++) {
            double x = left + barWidth * i / (texts.size() - 1);
            ticks.add(x);
            labels.add(new TextItem(x, labelBaseline, texts.get(i), Metrics.TICK_SIZE, TextAnchor.MIDDLE, false, false,
                    ""));
        }
        return new ColourBarLayout(title, steps, ticks, labels);
    }

    /**
     * The labels under the colour bar, darkest end first: {@code 0, 0.25, 0.5, 0.75, 1} on the
     * linear scale, {@code ≤10⁻⁸, 10⁻⁶, 10⁻⁴, 10⁻², 1} on the log scale. They stand evenly spaced
     * along the bar.
     *
     * @param scale the scale
     * @return the labels
     */
    public static List<String> barLabels(ConnectivityScale scale) {
        int count = scale == ConnectivityScale.LOG ? ConnectivityScale.LOG_DECADES / 2 + 1 : 5;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(barLabel(scale, i, count));
        }
        return List.copyOf(labels);
    }

    /**
     * The title of the colour bar.
     *
     * @param scale the scale
     * @return such as {@code connectivity / row maximum (log scale, 8 decades)}
     */
    public static String barTitle(ConnectivityScale scale) {
        return scale == ConnectivityScale.LOG
                ? "connectivity / row maximum (log scale, " + ConnectivityScale.LOG_DECADES + " decades)"
                : "connectivity / row maximum (linear scale)";
    }

    private static String barLabel(ConnectivityScale scale, int i, int count) {
        if (scale == ConnectivityScale.LINEAR) {
            return List.of("0", "0.25", "0.5", "0.75", "1").get(i);
        }
        if (i == count - 1) {
            return "1";
        }
        String power = "10" + Superscript.of(-2 * (count - 1 - i));
        return i == 0 ? "≤" + power : power;
    }
}
