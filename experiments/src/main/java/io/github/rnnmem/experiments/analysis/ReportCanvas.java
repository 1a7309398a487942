package io.github.rnnmem.experiments.analysis;

import io.github.rnnmem.viz.report.Report;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;

/** Where an analysis draws its part of a run's report: sections of the page and figure files. */
public interface ReportCanvas {

    /**
     * Starts a section of the report page.
     *
     * @param heading its heading
     * @return the section, to add paragraphs, figures and views to
     */
    Report.Section section(String heading);

    /**
     * Writes a figure into the run's {@code figures/} directory.
     *
     * @param fileName the file's name, such as {@code known-chars.svg}
     * @param svg the figure
     * @throws IOException if the file cannot be written
     */
    void figure(String fileName, SvgDocument svg) throws IOException;
}
