package io.github.rnnmem.experiments.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * A run as the report reads it when analyses draw their part: its files alone, no model.
 *
 * @param root the run directory, where dataset analyses' files are
 * @param units the units the experiment trains, in its order, one per setting and seed
 * @param groups the same units by model (a unit with one setting), each with its seeds, in order
 * @param published whether the article's published results are drawn beside the units
 * @param positions the positions of the analysed text to draw figures for; empty for the default
 */
public record RunFiles(Path root, List<UnitFiles> units, List<UnitGroup> groups, boolean published,
        List<Integer> positions) {

    /** Copies the lists. */
    public RunFiles {
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        positions = List.copyOf(positions);
    }
}
