package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.util.Objects;

/**
 * A provider together with where it was loaded from.
 *
 * @param provider the provider instance
 * @param origin where it came from, for people: the module and jar, or the class-path entry
 */
public record DiscoveredUnit(RecurrentUnitProvider provider, String origin) {

    /** Checks both parts are present. */
    public DiscoveredUnit {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * A provider with the origin of its class: its module and jar, or its class-path entry.
     *
     * @param provider the provider instance
     * @return the provider with its origin
     */
    public static DiscoveredUnit of(RecurrentUnitProvider provider) {
        return new DiscoveredUnit(provider, PluginLoader.origin(provider.getClass()));
    }

    /**
     * The unit's name.
     *
     * @return {@code provider().name()}
     */
    public String name() {
        return provider.name();
    }

    /**
     * The provider class and origin, as error messages name a unit.
     *
     * @return for instance {@code a.b.GruProvider (module a.b, /x/gru.jar)}
     */
    public String describe() {
        return provider.getClass().getName() + " (" + origin + ")";
    }
}
