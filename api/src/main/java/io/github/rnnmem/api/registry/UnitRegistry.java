package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.NearestNames;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every recurrent unit this process can use, by name, and every plugin that did not load.
 *
 * <p>Units come from {@link java.util.ServiceLoader} over the module path and the class path, and
 * from jars in plugin directories ({@code --plugin-path DIR} on the command line, {@value
 * #PLUGIN_PATH_ENV} in the environment), see {@link PluginLoader}. A unit is never silently
 * dropped, and a broken plugin never takes the others down with it: a jar or provider that cannot
 * be loaded, a name not matching {@code [a-z][a-z0-9-]*}, a description that is not one line, a
 * hyperparameter spec that cannot be built, and a name two providers claim (both are refused) each
 * become a {@link PluginFailure}, and every other unit is usable. Whether a failure is fatal is
 * the caller's to decide: asking for a unit that did not load is answered with its reason.
 */
public final class UnitRegistry {

    /** Environment variable holding plugin directories, separated by the path separator. */
    public static final String PLUGIN_PATH_ENV = "RNNMEM_PLUGIN_PATH";

    private final Map<String, DiscoveredUnit> units;
    private final List<PluginFailure> failures;

    private UnitRegistry(Map<String, DiscoveredUnit> units, List<PluginFailure> failures) {
        this.units = Collections.unmodifiableMap(units);
        this.failures = List.copyOf(failures);
    }

    /**
     * Discovers the units visible to this process and those in the given plugin directories. A
     * directory named twice (or through two paths to it) is read once.
     *
     * @param pluginDirectories directories of plugin jars, possibly empty
     * @return the registry, with the plugins that did not load in {@link #failures()}
     */
    public static UnitRegistry discover(List<Path> pluginDirectories) {
        Findings findings = new Findings();
        PluginLoader.builtIn(findings);
        Set<Path> read = new HashSet<>();
        for (Path directory : pluginDirectories) {
            if (read.add(identity(directory))) {
                PluginLoader.fromDirectory(directory, findings);
            }
        }
        return of(findings.units(), findings.failures());
    }

    /**
     * Builds a registry from units already found, checking each one.
     *
     * @param found the units
     * @return the registry; units with malformed or shared names are in {@link #failures()}
     */
    public static UnitRegistry of(Collection<DiscoveredUnit> found) {
        return of(found, List.of());
    }

    private static UnitRegistry of(Collection<DiscoveredUnit> found, List<PluginFailure> loadFailures) {
        List<PluginFailure> failures = new ArrayList<>(loadFailures);
        Map<String, List<DiscoveredUnit>> byName = new TreeMap<>();
        for (DiscoveredUnit unit : found) {
            Optional<PluginFailure> problem = ProviderCheck.problem(unit);
            if (problem.isPresent()) {
                failures.add(problem.get());
            } else {
                byName.computeIfAbsent(unit.name(), name -> new ArrayList<>()).add(unit);
            }
        }
        Map<String, DiscoveredUnit> units = new TreeMap<>();
        byName.forEach((name, providers) -> {
            if (providers.size() == 1) {
                units.put(name, providers.get(0));
            } else {
                failures.add(PluginFailure.ofUnit(name,
                        providers.stream().map(DiscoveredUnit::describe).collect(Collectors.joining(" and ")),
                        (providers.size() == 2 ? "both provide" : "all provide") + " a unit named \"" + name
                                + "\", so none of them is used; remove all but one"));
            }
        });
        return new UnitRegistry(units, failures);
    }

    /** The same directory under any of its names: its real path when it exists. */
    private static Path identity(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory.toAbsolutePath().normalize();
        }
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
     * Every unit that loaded, sorted by name.
     *
     * @return the units
     */
    public List<DiscoveredUnit> units() {
        return List.copyOf(units.values());
    }

    /**
     * Every plugin, or unit of one, that did not load, in the order found.
     *
     * @return the failures; empty when everything loaded
     */
    public List<PluginFailure> failures() {
        return failures;
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
     * @throws UnitRegistryException naming the known units and the nearest one, or why the unit
     *     did not load
     */
    public DiscoveredUnit get(String name) {
        DiscoveredUnit unit = units.get(name);
        if (unit == null) {
            throw new UnitRegistryException(unknownUnitMessage(name));
        }
        return unit;
    }

    /**
     * The message for a unit name that is not registered: why it did not load when a plugin
     * providing it failed, else the known units, the nearest one, and the plugins that did not
     * load (one of them may be the unit's).
     *
     * @param name the name asked for
     * @return for instance {@code unknown unit "gur"; did you mean "gru"? (known units: gru, lstm)}
     */
    public String unknownUnitMessage(String name) {
        List<String> reasons = failures.stream()
                .filter(failure -> failure.unit().filter(name::equals).isPresent())
                .map(PluginFailure::describe)
                .toList();
        if (!reasons.isEmpty()) {
            return "unit \"" + name + "\" did not load: " + String.join("; ", reasons);
        }
        String hint =
                NearestNames.nearest(name, units.keySet())
                        .map(n -> "; did you mean \"" + n + "\"?")
                        .orElse("");
        String known = units.isEmpty() ? "none" : String.join(", ", units.keySet());
        List<String> unnamed = failures.stream()
                .filter(failure -> failure.unit().isEmpty())
                .map(PluginFailure::describe)
                .toList();
        String broken = unnamed.isEmpty() ? "" : "; " + plugins(unnamed.size()) + " did not load, and may hold it: "
                + String.join("; ", unnamed);
        return "unknown unit \"" + name + "\"" + hint + " (known units: " + known + ")" + broken;
    }

    /**
     * How many plugins did not load, in words.
     *
     * @param count the number of failures
     * @return for instance {@code 1 plugin} or {@code 2 plugins}
     */
    public static String plugins(int count) {
        return count + (count == 1 ? " plugin" : " plugins");
    }
}
