package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.io.Digests;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An experiment file with its {@code grid:} expanded: one validated {@link ExperimentConfig} per
 * combination of the grid's values, all sharing the name, dataset, seeds, report and run
 * directory. A file without a grid is one point with no values.
 *
 * @param points the points, in the grid's order (the first key varying slowest), at least one
 * @param gridYaml the {@code grid:} section in canonical YAML; empty without a grid
 */
public record ExperimentGrid(List<GridPoint> points, String gridYaml) {

    /** Copies the points and checks there is one. */
    public ExperimentGrid {
        points = List.copyOf(points);
        Objects.requireNonNull(gridYaml, "gridYaml");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("an experiment grid has at least one point");
        }
    }

    /**
     * An experiment without a grid, as one point.
     *
     * @param config the experiment
     * @return the grid of that one point
     */
    public static ExperimentGrid single(ExperimentConfig config) {
        return new ExperimentGrid(List.of(new GridPoint(Map.of(), config,
                Collections.nCopies(config.units().size(), GridSetting.NONE))), "");
    }

    /**
     * Whether the file has a grid.
     *
     * @return true when it has {@code grid:}
     */
    public boolean isGrid() {
        return !gridYaml.isEmpty();
    }

    /**
     * The first point's experiment: what every point shares (name, dataset, seeds, report, output)
     * is read from it.
     *
     * @return the experiment of the first point
     */
    public ExperimentConfig first() {
        return points.get(0).config();
    }

    /**
     * The grid as the run directory records it: the first point's canonical YAML followed by the
     * canonical grid, which loads again to the same points. Without a grid, exactly the
     * experiment's canonical YAML.
     *
     * @return the canonical YAML text
     */
    public String canonicalYaml() {
        return first().canonicalYaml() + gridYaml;
    }

    /**
     * The hash of what the grid computes: the experiment's {@link ExperimentConfig#configHash()}
     * without a grid, else the SHA-256 of the first point's hash and the canonical grid.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String configHash() {
        return isGrid() ? Digests.sha256(first().configHash() + "\n" + gridYaml) : first().configHash();
    }

    /**
     * The run directory every point writes into.
     *
     * @return the first point's {@code output}
     */
    public Path output() {
        return first().output();
    }
}
