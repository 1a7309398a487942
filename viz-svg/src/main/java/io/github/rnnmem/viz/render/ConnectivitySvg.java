package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.internal.ExactNumbers;
import io.github.rnnmem.viz.layout.CharCell;
import io.github.rnnmem.viz.layout.ColourBarLayout;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import io.github.rnnmem.viz.layout.ConnectivityPanelLayout;
import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.layout.Swatch;
import io.github.rnnmem.viz.layout.TextItem;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;

/**
 * Writes a placed connectivity figure as SVG: title, one group per panel (class {@code panel},
 * {@code data-unit} the model's label) holding the shaded boxes, the characters, the outline of the
 * selected character and the suggestions, then the colour bar and the reading note.
 *
 * <p>Every shaded box carries {@code data-position}, {@code data-ratio} (the connectivity divided by
 * the row maximum, written to parse back exactly) and {@code data-level} (its shading level), and a
 * tooltip with the ratio; the document root carries {@code data-position} and {@code data-scale}.
 */
public final class ConnectivitySvg {

    private static final double OUTLINE_WIDTH = 2;

    private ConnectivitySvg() {}

    /**
     * Writes a layout.
     *
     * @param layout the placed figure
     * @return the document
     */
    public static SvgDocument render(ConnectivityLayout layout) {
        SvgDocument document = Parts.document(layout.width(), layout.height(), layout.title());
        document.root()
                .attribute("data-position", String.valueOf(layout.position()))
                .attribute("data-scale", layout.scale().id());
        document.add(Parts.title(layout.title()));
        layout.panels().forEach(panel -> document.add(panel(panel)));
        document.add(colourBar(layout.colourBar()));
        SvgElement notes = Svg.group().attribute("class", "note").fill(Theme.TICK_TEXT);
        layout.notes().forEach(line -> notes.add(Parts.text(line)));
        return document.add(notes);
    }

    private static SvgElement panel(ConnectivityPanelLayout panel) {
        SvgElement group = Svg.group().attribute("class", "panel").attribute("data-unit", panel.label());
        group.add(swatch(panel.swatch())).add(Parts.text(panel.heading()));
        SvgElement boxes = Svg.group().attribute("class", "cells");
        SvgElement glyphs = Svg.group().attribute("class", "chars").attribute("pointer-events", "none");
        for (CharCell cell : panel.cells()) {
            if (cell.fill() != null) {
                Rect box = cell.box();
                boxes.add(Svg.rect(box.x(), box.y(), box.width(), box.height())
                        .fill(cell.fill())
                        .attribute("data-position", String.valueOf(cell.position()))
                        .attribute("data-ratio", ExactNumbers.format(cell.ratio()))
                        .attribute("data-level", String.valueOf(cell.level()))
                        .tooltip(cell.tooltip()));
            }
            if (!cell.character().text().isEmpty()) {
                glyphs.add(Parts.text(cell.character()).fill(cell.textColour()));
            }
        }
        Rect outline = panel.outline();
        group.add(boxes).add(glyphs).add(Svg.rect(outline.x(), outline.y(), outline.width(), outline.height())
                .attribute("class", "selected")
                .attribute("fill", "none")
                .stroke(Theme.TEXT, OUTLINE_WIDTH));
        SvgElement suggestions = Svg.group().attribute("class", "suggestions");
        suggestions.add(Parts.text(panel.target()).fill(Theme.TICK_TEXT));
        for (TextItem suggestion : panel.suggestions()) {
            suggestions.add(Parts.text(suggestion).attribute("class", "suggestion"));
        }
        return group.add(suggestions);
    }

    private static SvgElement colourBar(ColourBarLayout bar) {
        SvgElement group = Svg.group().attribute("class", "colour-bar");
        group.add(Parts.text(bar.title()));
        for (Swatch step : bar.steps()) {
            group.add(swatch(step));
        }
        Rect first = bar.steps().get(0).rect();
        double bottom = first.bottom();
        for (double x : bar.ticks()) {
            group.add(Svg.line(x, bottom, x, bottom + 5).stroke(Theme.AXIS, Theme.AXIS_WIDTH));
        }
        SvgElement labels = Svg.group().fill(Theme.TICK_TEXT);
        bar.labels().forEach(label -> labels.add(Parts.text(label)));
        return group.add(labels);
    }

    private static SvgElement swatch(Swatch swatch) {
        Rect rect = swatch.rect();
        return Svg.rect(rect.x(), rect.y(), rect.width(), rect.height()).fill(swatch.colour());
    }
}
