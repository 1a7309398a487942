package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Json;
import io.github.rnnmem.viz.internal.Xml;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import io.github.rnnmem.viz.layout.ConnectivityShading;
import io.github.rnnmem.viz.layout.TextLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A {@link ConnectivityView} in a report section: the markup of its panels, controls and legends,
 * its data as JSON in a {@code <script type="application/json">} child, and the page script that
 * brings it to life (added once per page).
 *
 * <p>The data carry each connectivity row as codes of {@link ConnectivityShading}, three characters
 * per entry up to the row's own position (later entries are 0 by causality), so the rows of a view
 * of T characters and P panels weigh about {@code 1.5 T² P} bytes. For the article's 198
 * characters and six panels the whole page is about 0.5 MB: 355 KB of rows, 80 KB of suggestions,
 * 32 KB of character markup, and targets, captions, script and style.
 */
record ConnectivityBlock(ConnectivityView view) implements Block {

    /** Characters per line of the view's text. */
    static final int PER_LINE = 72;

    /** The 64 digits of a code, three per entry, most significant first. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final String SCRIPT = resource("connectivity.js");

    static final String STYLE = String.join("\n",
            ".cv{margin:1.5rem 0}",
            ".cv-controls{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;font-size:.9rem;"
                    + "margin-bottom:.6rem}",
            ".cv-caption{font-weight:600;flex-basis:100%}",
            ".cv button{font:inherit;font-size:.85rem;padding:.1rem .5rem;margin:0 .15rem;border:1px solid #bbb;"
                    + "border-radius:3px;background:#f6f6f6;cursor:pointer}",
            ".cv button[aria-pressed=true]{background:#333;color:#fff;border-color:#333}",
            ".cv-help{color:#666;font-size:.85rem}",
            ".cv-panel{margin:.2rem 0 .9rem}",
            ".cv-head{font-weight:600;font-size:.9rem;margin-bottom:.2rem}",
            ".cv-note-unit{font-weight:400;color:#555;margin-left:.8rem;font-size:.85rem}",
            ".cv-swatch{display:inline-block;width:.7rem;height:.7rem;margin-right:.4rem}",
            ".cv-body{display:flex;gap:1.5rem;align-items:flex-start}",
            ".cv-text{font:15px/22px 'DejaVu Sans Mono',Menlo,Consolas,'Liberation Mono',monospace;overflow-x:auto;"
                    + "cursor:pointer}",
            ".cv-line{white-space:pre;height:22px}",
            ".cv-text span{display:inline-block;height:20px;line-height:20px;vertical-align:top}",
            ".cv-text span.cv-future{color:#9a9a9a}",
            ".cv-text span.cv-selected{outline:2px solid #222;outline-offset:-2px}",
            ".cv-text span.cv-pending{background:repeating-linear-gradient(45deg,#eee,#eee 3px,#fff 3px,#fff 6px)}",
            ".cv-side{font:12px/18px 'DejaVu Sans Mono',Menlo,Consolas,monospace;min-width:11rem}",
            ".cv-target{color:#555;font-size:11px}",
            ".cv-scored{color:#222;font-size:11px}",
            ".cv-suggestions{list-style:none;margin:0;padding:0}",
            ".cv-suggestions li.cv-hit{font-weight:700}",
            ".cv-suggestions.cv-stale{color:#aaa}",
            ".cv-legend{font-size:.8rem;color:#444;margin-top:.4rem}",
            ".cv-bar-title{font-weight:600}",
            ".cv-bar{width:256px;height:12px;margin:.3rem 12px 0}",
            ".cv-ticks{position:relative;width:256px;height:1.2rem;margin:0 12px;font-size:11px;color:#555}",
            ".cv-ticks span{position:absolute;transform:translateX(-50%);top:.1rem}",
            ".cv-note{color:#555;margin:.3rem 0 0;max-width:52rem}");

    @Override
    public void writeHtml(StringBuilder out) {
        writeView(out, view.panels().get(0).text(), view.position(), view.scale(), view.walkthrough(), panelData());
    }

    /** Every panel with every position's target, suggestions and coded row. */
    private List<PanelData> panelData() {
        List<PanelData> data = new ArrayList<>();
        for (ConnectivityPanel panel : view.panels()) {
            List<String> targets = new ArrayList<>();
            List<List<Suggestion>> suggestions = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (int t = 0; t < panel.length(); t++) {
                ConnectivityStep step = panel.steps().get(t);
                targets.add(step.target());
                suggestions.add(step.suggestions());
                rows.add(codes(step, t));
            }
            data.add(new PanelData(panel.unit(), "", targets, suggestions, rows));
        }
        return data;
    }

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public String style() {
        return STYLE;
    }

    /**
     * One panel of a view as the page writes it.
     *
     * @param unit the model
     * @param note shown beside the model's name, empty for none
     * @param targets the target word at every position
     * @param suggestions the suggestions at every position, null where not known yet
     * @param rows the coded row of every position ({@link #codes}), null where not known yet
     */
    record PanelData(UnitTag unit, String note, List<String> targets, List<List<Suggestion>> suggestions,
            List<String> rows) {}

    /**
     * Writes a view: its controls, one panel per model and the legends, then its data.
     *
     * @param out where to write
     * @param text the text
     * @param position the selected position
     * @param scale the scale shown first
     * @param walkthrough positions offered as buttons
     * @param panels the panels
     */
    static void writeView(StringBuilder out, String text, int position, ConnectivityScale scale,
            List<Integer> walkthrough, List<PanelData> panels) {
        List<String> characters = text.codePoints().mapToObj(Character::toString).toList();
        List<TextLine> lines = TextLine.breakText(characters, PER_LINE);
        out.append("<div class=\"cv\" tabindex=\"0\" data-position=\"").append(position).append("\">\n")
                .append("<div class=\"cv-controls\">\n<span class=\"cv-caption\">")
                .append(Xml.escape(ConnectivityLayout.caption(text, position))).append("</span>\n");
        if (!walkthrough.isEmpty()) {
            out.append("<span>walkthrough:");
            for (int stop : walkthrough) {
                out.append("<button type=\"button\" class=\"cv-goto\" data-position=\"").append(stop).append("\">")
                        .append(Xml.escape(stop + " " + ConnectivityLayout.wordAt(text, stop))).append("</button>");
            }
            out.append("</span>\n");
        }
        out.append("<span>scale:");
        for (ConnectivityScale each : ConnectivityScale.values()) {
            out.append("<button type=\"button\" class=\"cv-scale\" data-scale=\"").append(each.id())
                    .append("\" aria-pressed=\"").append(each == scale).append("\">").append(each.id())
                    .append("</button>");
        }
        out.append("</span>\n<span class=\"cv-help\">point at or tap a character; arrow keys step left and right</span>\n")
                .append("</div>\n");
        for (PanelData panel : panels) {
            writePanel(out, panel, characters, lines);
        }
        for (ConnectivityScale each : ConnectivityScale.values()) {
            writeLegend(out, each, each != scale);
        }
        out.append("<script type=\"application/json\" class=\"cv-data\">").append(data(text, position, scale, panels))
                .append("</script>\n").append("</div>\n");
    }

    private static void writePanel(StringBuilder out, PanelData panel, List<String> characters, List<TextLine> lines) {
        out.append("<div class=\"cv-panel\" data-unit=\"").append(Xml.escape(panel.unit().label())).append("\">\n")
                .append("<div class=\"cv-head\"><span class=\"cv-swatch\" style=\"background:")
                .append(panel.unit().colour().hex()).append("\"></span>").append(Xml.escape(panel.unit().label()));
        if (!panel.note().isEmpty()) {
            out.append("<span class=\"cv-note-unit\">").append(Xml.escape(panel.note())).append("</span>");
        }
        out.append("</div>\n<div class=\"cv-body\">\n<div class=\"cv-text\">\n");
        for (TextLine line : lines) {
            out.append("<div class=\"cv-line\">");
            for (int i = line.start(); i < line.end(); i++) {
                out.append("<span data-i=\"").append(i).append("\">").append(Xml.escape(characters.get(i))).append("</span>");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n<div class=\"cv-side\"><div class=\"cv-target\"></div><div class=\"cv-scored\"></div>")
                .append("<ol class=\"cv-suggestions\"></ol></div>\n").append("</div>\n</div>\n");
    }

    private static void writeLegend(StringBuilder out, ConnectivityScale scale, boolean hidden) {
        out.append("<div class=\"cv-legend\" data-scale=\"").append(scale.id()).append('"')
                .append(hidden ? " hidden=\"hidden\"" : "").append(">\n<div class=\"cv-bar-title\">")
                .append(Xml.escape(ConnectivityLayout.barTitle(scale))).append("</div>\n")
                .append("<div class=\"cv-bar\" style=\"background:linear-gradient(to right");
        List<Colour> colours = ConnectivityShading.colours();
        int stops = 16;
        for (int i = 0; i <= stops; i++) {
            int level = ConnectivityShading.MAX_LEVEL * i / stops;
            out.append(',').append(colours.get(level).hex()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f%%", 100.0 * i / stops));
        }
        out.append(")\"></div>\n<div class=\"cv-ticks\">");
        List<String> labels = ConnectivityLayout.barLabels(scale);
        for (int i = 0; i < labels.size(); i++) {
            out.append("<span style=\"left:").append(String.format(Locale.ROOT, "%.2f%%", 100.0 * i / (labels.size() - 1)))
                    .append("\">").append(Xml.escape(labels.get(i))).append("</span>");
        }
        out.append("</div>\n<p class=\"cv-note\">").append(Xml.escape(ConnectivityLayout.note(scale)))
                .append("</p>\n</div>\n");
    }

    /** The view's data as JSON: shading tables, captions and, per panel, targets, suggestions and coded rows. */
    String data() {
        return data(view.panels().get(0).text(), view.position(), view.scale(), panelData());
    }

    private static String data(String text, int position, ConnectivityScale scale, List<PanelData> panels) {
        int length = text.codePointCount(0, text.length());
        StringBuilder json = new StringBuilder(length * length * 2 * panels.size() + 4096);
        json.append("{\"alphabet\":").append(Json.string(ALPHABET))
                .append(",\"position\":").append(position)
                .append(",\"scale\":").append(Json.string(scale.id()))
                .append(",\"decades\":").append(ConnectivityScale.LOG_DECADES)
                .append(",\"codesPerDecade\":").append(ConnectivityShading.CODES_PER_DECADE)
                .append(",\"zero\":").append(ConnectivityShading.ZERO)
                .append(",\"palette\":[");
        StringBuilder ink = new StringBuilder();
        List<Colour> colours = ConnectivityShading.colours();
        for (int level = 0; level < colours.size(); level++) {
            json.append(level == 0 ? "" : ",").append(Json.string(colours.get(level).hex()));
            ink.append(colours.get(level).readableText().equals(Colour.WHITE) ? 'w' : 'b');
        }
        json.append("],\"ink\":").append(Json.string(ink.toString())).append(",\"linear\":[");
        StringJoiner thresholds = new StringJoiner(",");
        for (int threshold : ConnectivityShading.linearThresholds()) {
            thresholds.add(Integer.toString(threshold));
        }
        json.append(thresholds).append("],\"captions\":[");
        for (int t = 0; t < length; t++) {
            json.append(t == 0 ? "" : ",").append(Json.string(ConnectivityLayout.caption(text, t)));
        }
        json.append("],\"panels\":[");
        for (int p = 0; p < panels.size(); p++) {
            json.append(p == 0 ? "" : ",");
            writePanelData(json, panels.get(p));
        }
        return json.append("]}").toString();
    }

    private static void writePanelData(StringBuilder json, PanelData panel) {
        json.append("{\"label\":").append(Json.string(panel.unit().label())).append(",\"targets\":[");
        for (int t = 0; t < panel.targets().size(); t++) {
            json.append(t == 0 ? "" : ",").append(Json.string(panel.targets().get(t)));
        }
        json.append("],\"suggestions\":[");
        for (int t = 0; t < panel.suggestions().size(); t++) {
            json.append(t == 0 ? "" : ",");
            List<Suggestion> suggestions = panel.suggestions().get(t);
            if (suggestions == null) {
                json.append("null");
                continue;
            }
            json.append('[');
            for (int k = 0; k < suggestions.size(); k++) {
                json.append(k == 0 ? "[" : ",[").append(Json.string(suggestions.get(k).word())).append(',')
                        .append(Json.string(suggestions.get(k).percent())).append(']');
            }
            json.append(']');
        }
        json.append("],\"rows\":[");
        for (int t = 0; t < panel.rows().size(); t++) {
            String row = panel.rows().get(t);
            json.append(t == 0 ? "" : ",").append(row == null ? "null" : Json.string(row));
        }
        json.append("]}");
    }

    /**
     * The row of position {@code t} up to {@code t}, three characters per entry.
     *
     * @param step the step
     * @param t its position
     * @return the coded row
     */
    static String codes(ConnectivityStep step, int t) {
        double maximum = step.maximum();
        StringBuilder row = new StringBuilder(3 * (t + 1));
        for (int tau = 0; tau <= t; tau++) {
            int code = ConnectivityShading.code(step.connectivity(tau), maximum);
            row.append(ALPHABET.charAt(code >> 12)).append(ALPHABET.charAt((code >> 6) & 63)).append(ALPHABET.charAt(code & 63));
        }
        return row.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ConnectivityBlock.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report script " + name + " is missing from the viz module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("report script " + name + ": " + e.getMessage(), e);
        }
    }
}
