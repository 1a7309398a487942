package io.github.rnnmem.experiments.analysis;

import io.github.rnnmem.viz.analysis.UnitTag;
import java.util.List;

/**
 * One model of a run as the report compares models: a unit with one setting of the experiment's
 * grid, with the files of each seed it was trained with. Curves of a model with several seeds are
 * drawn as their mean with a band.
 *
 * @param tag how figures name and colour the model (its label and setting, without a seed)
 * @param seeds the files of each seed, at least one
 */
public record UnitGroup(UnitTag tag, List<UnitFiles> seeds) {

    /** Copies the seeds and checks there is one. */
    public UnitGroup {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a model of a run has at least one seed: " + tag.label());
        }
    }
}
