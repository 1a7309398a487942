package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.AtomicFiles;
import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.internal.Xml;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds one self-contained HTML page: a title, a block of key facts (versions, seed, ...), a
 * table of contents, sections of paragraphs, tables, inline SVG figures and interactive
 * connectivity views, and optional inline scripts. Styles, scripts and data are inline; nothing is
 * loaded from elsewhere, so the page works offline from disk.
 *
 * <p>Every text is escaped. The page is polyglot: valid HTML5 and well-formed XML (scripts are
 * wrapped in commented CDATA markers), so XML tools can check it too.
 *
 * <pre>{@code
 * Report report = new Report("quickstart").fact("seed", "450849059");
 * report.section("Training").paragraph("Loss every 100 steps.").figure(svg, "Training loss");
 * report.write(Path.of("runs/quickstart/report.html"));
 * }</pre>
 */
public final class Report {

    private static final String STYLE = String.join("\n",
            "body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
                    + "color:#222;background:#fff;max-width:980px;margin:2rem auto;padding:0 1.25rem}",
            "h1{font-size:1.8rem;margin:0 0 .75rem}",
            "h2{font-size:1.3rem;margin:2.4rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid #ddd}",
            "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.2rem;margin:0 0 1rem;"
                    + "padding:.75rem 1rem;background:#f6f6f6;border-radius:4px;font-size:.9rem}",
            "dl.facts dt{color:#555;font-weight:600}",
            "dl.facts dd{margin:0;font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;overflow-wrap:anywhere}",
            "nav ol{margin:.5rem 0;padding-left:1.4rem;font-size:.95rem}",
            "figure{margin:1.5rem 0}",
            "figure svg{display:block;max-width:100%;height:auto}",
            "figcaption{margin-top:.4rem;color:#555;font-size:.9rem}",
            "table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}",
            "th,td{padding:.3rem .8rem;text-align:left;border-bottom:1px solid #e3e3e3}",
            "th{border-bottom:2px solid #bbb}",
            "th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}");

    private final String title;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();

    /**
     * Starts a report.
     *
     * @param title the page title and main heading
     */
    public Report(String title) {
        this.title = Require.text(title, "report title");
    }

    /**
     * The style sheet of every report page (fonts, headings, the block of facts, tables, figures),
     * for other pages that should look the same.
     *
     * @return the CSS rules
     */
    public static String style() {
        return STYLE;
    }

    /**
     * Adds a key fact to the header block; adding a name again replaces its value in place.
     *
     * @param name the name, such as {@code DJL}
     * @param value the value, such as {@code 0.36.0}
     * @return this report
     */
    public Report fact(String name, String value) {
        facts.put(Require.text(name, "report fact name"), Require.present(value, "report fact \"" + name + "\""));
        return this;
    }

    /**
     * Starts a new section at the end of the report.
     *
     * @param heading the section heading
     * @return the section, to add content to
     */
    public Section section(String heading) {
        Section section = new Section(Require.text(heading, "report section heading"), sections.size() + 1);
        sections.add(section);
        return section;
    }

    /**
     * Adds JavaScript, run at the end of the page. Since the page is also XML, the code must not
     * contain {@code ]]>}, nor {@code </script} (write {@code "<\/script"} in a string instead).
     *
     * @param javascript the code
     * @return this report
     */
    public Report script(String javascript) {
        scripts.add(checkedScript(Require.present(javascript, "report script")));
        return this;
    }

    private static String checkedScript(String javascript) {
        if (javascript.contains("]]>") || javascript.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalArgumentException(
                    "report script: expected code without \"]]>\" or \"</script\", got code containing one of them");
        }
        return javascript;
    }

    /**
     * The page.
     *
     * @return the HTML text
     */
    public String toHtml() {
        Set<String> styles = new LinkedHashSet<>(List.of(STYLE));
        Set<String> pageScripts = new LinkedHashSet<>();
        for (Section section : sections) {
            for (Block block : section.blocks) {
                styles.add(block.style());
                pageScripts.add(checkedScript(block.script()));
            }
        }
        styles.remove("");
        pageScripts.remove("");
        List<String> allScripts = new ArrayList<>(pageScripts);
        allScripts.addAll(scripts);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<style>\n").append(String.join("\n", styles)).append("\n</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(Xml.escape(title)).append("</h1>\n");
        if (!facts.isEmpty()) {
            out.append("<dl class=\"facts\">\n");
            facts.forEach((name, value) -> out.append("<dt>").append(Xml.escape(name)).append("</dt><dd>")
                    .append(Xml.escape(value)).append("</dd>\n"));
            out.append("</dl>\n");
        }
        if (sections.size() > 1) {
            out.append("<nav>\n<ol>\n");
            sections.forEach(section -> out.append("<li><a href=\"#").append(section.id()).append("\">")
                    .append(Xml.escape(section.heading)).append("</a></li>\n"));
            out.append("</ol>\n</nav>\n");
        }
        out.append("</header>\n<main>\n");
        sections.forEach(section -> section.writeHtml(out));
        out.append("</main>\n");
        allScripts.forEach(script -> out.append("<script>//<![CDATA[\n").append(script).append("\n//]]></script>\n"));
        return out.append("</body>\n</html>\n").toString();
    }

    /**
     * Writes the page atomically (a temporary file in the same directory, then an atomic move).
     *
     * @param file the {@code .html} file; missing parent directories are created
     * @throws IOException when the file cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, toHtml());
    }

    /** One section of a report: a heading and blocks in the order they were added. */
    public static final class Section {

        private final String heading;
        private final int number;
        private final List<Block> blocks = new ArrayList<>();

        private Section(String heading, int number) {
            this.heading = heading;
            this.number = number;
        }

        /**
         * Adds a paragraph of plain text.
         *
         * @param text the text
         * @return this section
         */
        public Section paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        /**
         * Adds a table.
         *
         * @param table the table
         * @return this section
         */
        public Section table(Table table) {
            blocks.add(new TableBlock(Require.present(table, "report table")));
            return this;
        }

        /**
         * Adds an interactive connectivity view: the text once per model, shaded by its
         * connectivity to the character the reader points at, taps or steps to with the arrow
         * keys, with every model's suggestions there; buttons for the walkthrough positions and a
         * linear / log switch. Its data are embedded in the page.
         *
         * @param view the view
         * @return this section
         */
        public Section connectivity(ConnectivityView view) {
            blocks.add(new ConnectivityBlock(Require.present(view, "report connectivity view")));
            return this;
        }

        /**
         * Adds an SVG document inline, as it is now, with a caption.
         *
         * @param svg the figure
         * @param caption the caption, or an empty text for none
         * @return this section
         */
        public Section figure(SvgDocument svg, String caption) {
            blocks.add(Figure.of(Require.present(svg, "report figure"), caption));
            return this;
        }

        private String id() {
            return "section-" + number;
        }

        private void writeHtml(StringBuilder out) {
            out.append("<section id=\"").append(id()).append("\">\n<h2>").append(Xml.escape(heading)).append("</h2>\n");
            blocks.forEach(block -> block.writeHtml(out));
            out.append("</section>\n");
        }
    }
}
