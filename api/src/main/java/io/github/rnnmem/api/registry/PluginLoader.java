package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.lang.module.ResolvedModule;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads providers with {@link ServiceLoader}: the built-in ones visible to this class's loader,
 * and those in a plugin directory of jars.
 *
 * <p>When rnnmem itself runs on the module path, a plugin directory becomes a child {@link
 * ModuleLayer} of the layer holding this API: modular jars and plain jars (automatic modules
 * whose {@code META-INF/services} file names the provider) both work. When rnnmem runs on the
 * class path, the jars are opened by a child {@link URLClassLoader} and found through their
 * {@code META-INF/services} files.
 */
final class PluginLoader {

    private PluginLoader() {}

    /**
     * The providers on the module path and class path of this process.
     *
     * @return the units found
     */
    static List<DiscoveredUnit> builtIn() {
        ClassLoader loader = RecurrentUnitProvider.class.getClassLoader();
        return load(ServiceLoader.load(RecurrentUnitProvider.class, loader), "this process", type -> true);
    }

    /**
     * The providers in the jars of one directory.
     *
     * @param directory a directory holding plugin jars
     * @return the units found there
     * @throws UnitRegistryException if the directory or a jar cannot be loaded
     */
    static List<DiscoveredUnit> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new UnitRegistryException(
                    "plugin directory "
                            + directory.toAbsolutePath()
                            + (Files.exists(directory) ? " is not a directory" : " does not exist"));
        }
        Path[] jars = jarsIn(directory);
        if (jars.length == 0) {
            return List.of();
        }
        Module api = RecurrentUnitProvider.class.getModule();
        String where = "plugin directory " + directory.toAbsolutePath();
        try {
            if (api.isNamed() && api.getLayer() != null) {
                ModuleLayer layer = pluginLayer(api.getLayer(), jars);
                return load(
                        ServiceLoader.load(layer, RecurrentUnitProvider.class),
                        where,
                        type -> type.getModule().getLayer() == layer);
            }
            URLClassLoader loader = new URLClassLoader(urls(jars), RecurrentUnitProvider.class.getClassLoader());
            return load(
                    ServiceLoader.load(RecurrentUnitProvider.class, loader),
                    where,
                    type -> type.getClassLoader() == loader);
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            throw new UnitRegistryException("cannot load the jars of " + where + ": " + e.getMessage(), e);
        }
    }

    private static ModuleLayer pluginLayer(ModuleLayer parent, Path[] jars) {
        ModuleFinder finder = ModuleFinder.of(jars);
        Set<String> roots =
                finder.findAll().stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
        Configuration configuration =
                parent.configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
        return parent.defineModulesWithOneLoader(configuration, RecurrentUnitProvider.class.getClassLoader());
    }

    private static List<DiscoveredUnit> load(
            ServiceLoader<RecurrentUnitProvider> loader,
            String where,
            java.util.function.Predicate<Class<?>> accept) {
        List<DiscoveredUnit> units = new ArrayList<>();
        try {
            loader.stream()
                    .filter(p -> accept.test(p.type()))
                    .forEach(p -> units.add(new DiscoveredUnit(p.get(), origin(p.type()))));
        } catch (ServiceConfigurationError e) {
            throw new UnitRegistryException(
                    "a unit provider in " + where + " cannot be loaded: " + e.getMessage(), e);
        }
        return units;
    }

    /**
     * Where a provider class was loaded from: its module and jar, or its class-path entry.
     *
     * @param type the provider class
     * @return a description for people
     */
    static String origin(Class<?> type) {
        Module module = type.getModule();
        String location = location(type);
        if (module.isNamed()) {
            return "module " + module.getName() + (location.isEmpty() ? "" : ", " + location);
        }
        return "class path" + (location.isEmpty() ? "" : ", " + location);
    }

    private static String location(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed() && module.getLayer() != null) {
            return module.getLayer()
                    .configuration()
                    .findModule(module.getName())
                    .map(ResolvedModule::reference)
                    .flatMap(r -> r.location())
                    .map(uri -> "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString())
                    .orElse("");
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static Path[] jarsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toArray(Path[]::new);
        } catch (IOException e) {
            throw new UnitRegistryException(
                    "cannot list plugin directory " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static URL[] urls(Path[] jars) {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            try {
                urls[i] = jars[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UnitRegistryException("cannot open plugin jar " + jars[i] + ": " + e.getMessage(), e);
            }
        }
        return urls;
    }
}
