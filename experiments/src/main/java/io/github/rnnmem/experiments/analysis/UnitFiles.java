package io.github.rnnmem.experiments.analysis;

import io.github.rnnmem.viz.analysis.UnitTag;
import java.nio.file.Path;

/**
 * One trained unit's directory as the report shows it.
 *
 * @param tag how figures name and colour it
 * @param seed its training seed
 * @param directory its directory, where its analyses' files are
 */
public record UnitFiles(UnitTag tag, int seed, Path directory) {}
