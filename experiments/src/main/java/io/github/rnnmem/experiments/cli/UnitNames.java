package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.registry.UnitRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Iterator;

/**
 * The names of the units found, for the completion script and the help: an option that takes a
 * unit declares {@code completionCandidates = UnitNames.class}. The registry is asked only when
 * the names are listed, after the command line (and its {@code --plugin-path}) was parsed.
 */
final class UnitNames implements Iterable<String> {

    private final Provider<UnitRegistry> units;

    @Inject
    UnitNames(Provider<UnitRegistry> units) {
        this.units = units;
    }

    @Override
    public Iterator<String> iterator() {
        return units.get().names().iterator();
    }
}
