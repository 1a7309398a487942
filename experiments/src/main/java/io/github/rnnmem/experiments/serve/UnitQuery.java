package io.github.rnnmem.experiments.serve;

import io.github.rnnmem.experiments.analysis.connectivity.TargetWord;
import java.util.List;
import java.util.Optional;

/**
 * What one unit is asked, checked: equal queries are computed once while one is in flight.
 *
 * @param text the text as the unit reads it (see {@link io.github.rnnmem.experiments.analysis.TypedText})
 * @param positions the positions whose connectivity is wanted, each in {@code [0, T)}, without
 *     repeats; empty for the suggestions at the last character only
 * @param target the word whose score connectivity differentiates, or empty for the one the run's
 *     settings choose
 */
record UnitQuery(String text, List<Integer> positions, Optional<TargetWord> target) {

    /** Copies the list. */
    UnitQuery {
        positions = List.copyOf(positions);
    }
}
