package io.github.rnnmem.api.registry;

import java.util.ArrayList;
import java.util.List;

/** What loading plugins found so far: the providers that loaded and the plugins that did not. */
final class Findings {

    private final List<DiscoveredUnit> units = new ArrayList<>();
    private final List<PluginFailure> failures = new ArrayList<>();

    /**
     * Records a provider that loaded.
     *
     * @param unit the provider and its origin
     */
    void found(DiscoveredUnit unit) {
        units.add(unit);
    }

    /**
     * Records a plugin that did not load.
     *
     * @param failure what and why
     */
    void failed(PluginFailure failure) {
        failures.add(failure);
    }

    /**
     * The providers that loaded, in the order found.
     *
     * @return the units
     */
    List<DiscoveredUnit> units() {
        return List.copyOf(units);
    }

    /**
     * The plugins that did not load, in the order found.
     *
     * @return the failures
     */
    List<PluginFailure> failures() {
        return List.copyOf(failures);
    }
}
