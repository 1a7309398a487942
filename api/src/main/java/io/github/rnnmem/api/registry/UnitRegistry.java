package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.nio.file.Path;

/**
 * Every recurrent unit this process can use, by name.
 *
 * <p>Units come from {@link java.util.ServiceLoader} over the module path and the class path, and
 * from jars in plugin directories ({@code --plugin-path DIR} on the command line, {@value
 * #PLUGIN_PATH_ENV} in the environment), see {@link PluginLoader}. Two units with the same name,
 * or a name not matching {@code [a-z][a-z0-9-]*}, are an error naming the classes involved: a
 * unit is never silently dropped.
 */
public final class UnitRegistry {

    /** Environment variable holding plugin directories, separated by the path separator. */
    public static final String PLUGIN_PATH_ENV = "RNNMEM_PLUGIN_PATH";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, DiscoveredUnit> units;

    private UnitRegistry(Map<String, DiscoveredUnit> units) {
        this.units = Collections.unmodifiableMap(units);
    }

    /**
     * Discovers the units visible to this process and those in the given plugin directories.
     *
     * @param pluginDirectories directories of plugin jars, possibly empty
     * @return the registry
     * @throws UnitRegistryException if a directory or jar cannot be loaded, or units are ambiguous
     *     or malformed
     */
    public static UnitRegistry discover(List<Path> pluginDirectories) {
        List<DiscoveredUnit> found = new ArrayList<>(PluginLoader.builtIn());
        for (Path directory : pluginDirectories) {
            found.addAll(PluginLoader.fromDirectory(directory));
        }
        return of(found);
    }

    /**
     * Builds a registry from units already found, checking names.
     *
     * @param found the units
     * @return the registry
     * @throws UnitRegistryException if two units share a name or a name is malformed
     */
    public static UnitRegistry of(Collection<DiscoveredUnit> found) {
        Map<String, DiscoveredUnit> byName = new TreeMap<>();
        for (DiscoveredUnit unit : found) {
            String name = unit.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new UnitRegistryException(
                        "unit name "
                                + (name == null ? "null" : "\"" + name + "\"")
                                + " of "
                                + unit.describe()
                                + " does not match "
                                + NAME.pattern());
            }
            DiscoveredUnit previous = byName.putIfAbsent(name, unit);
            if (previous != null) {
                throw new UnitRegistryException(
                        "two units are named \""
                                + name
                                + "\": "
                                + previous.describe()
                                + " and "
                                + unit.describe()
                                + "; remove one of them");
            }
        }
        return new UnitRegistry(byName);
    }

    /**
     * The plugin directories named in an environment variable value.
     *
     * @param value the value of {@value #PLUGIN_PATH_ENV}, possibly null or empty
     * @return the directories, in order
     */
    public static List<Path> pluginPath(String value) {
        List<Path> directories = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(Pattern.quote(File.pathSeparator))) {
                if (!part.isBlank()) {
                    directories.add(Path.of(part.strip()));
                }
            }
        }
        return directories;
    }

    /**
     * Every unit, sorted by name.
     *
     * @return the units
     */
    public List<DiscoveredUnit> units() {
        return List.copyOf(units.values());
    }

    /**
     * Every unit name, sorted.
     *
     * @return the names
     */
    public Set<String> names() {
        return units.keySet();
    }

    /**
     * Looks a unit up.
     *
     * @param name the unit name
     * @return the unit, or empty
     */
    public Optional<DiscoveredUnit> find(String name) {
        return Optional.ofNullable(units.get(name));
    }

    /**
     * Looks a unit up, failing with the list of known units.
     *
     * @param name the unit name
     * @return the unit
     * @throws UnitRegistryException naming the known units and the nearest one
     */
    public DiscoveredUnit get(String name) {
        DiscoveredUnit unit = units.get(name);
        if (unit == null) {
            throw new UnitRegistryException(unknownUnitMessage(name));
        }
        return unit;
    }

    /**
     * The message for a unit name that is not registered.
     *
     * @param name the name asked for
     * @return for instance {@code unknown unit "gur"; did you mean "gru"? known units: gru, lstm}
     */
    public String unknownUnitMessage(String name) {
        String hint =
                NearestNames.nearest(name, units.keySet())
                        .map(n -> "; did you mean \"" + n + "\"?")
                        .orElse("");
        String known = units.isEmpty() ? "none" : String.join(", ", units.keySet());
        return "unknown unit \"" + name + "\"" + hint + " (known units: " + known + ")";
    }
}
