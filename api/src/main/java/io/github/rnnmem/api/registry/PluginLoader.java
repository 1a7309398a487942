package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.IOException;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Loads providers: the built-in ones visible to this class's loader, and those in a plugin
 * directory of jars. A jar or provider that cannot be loaded becomes a {@link PluginFailure} and
 * the others still load.
 *
 * <p>Every jar's services file is first checked against the jar's classes ({@link PluginJarFile}).
 * When rnnmem itself runs on the module path, a plugin directory becomes a child module layer
 * ({@link PluginLayer}); when it runs on the class path, a child class loader ({@link
 * ClassPathPlugins}).
 */
final class PluginLoader {

    private PluginLoader() {}

    /**
     * The providers on the module path and class path of this process.
     *
     * @param findings receives the units and the failures
     */
    static void builtIn(Findings findings) {
        ClassLoader loader = RecurrentUnitProvider.class.getClassLoader();
        load(ServiceLoader.load(RecurrentUnitProvider.class, loader), "this process", type -> true, findings);
    }

    /**
     * The providers in the jars of one directory.
     *
     * @param directory a directory holding plugin jars
     * @param findings receives the units and the failures
     */
    static void fromDirectory(Path directory, Findings findings) {
        String where = "plugin directory " + directory.toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            findings.failed(PluginFailure.of(where, Files.exists(directory) ? "is not a directory" : "does not exist"));
            return;
        }
        List<PluginJarFile> jars = readableJars(directory, where, findings);
        if (jars.isEmpty()) {
            return;
        }
        Module api = RecurrentUnitProvider.class.getModule();
        if (api.isNamed() && api.getLayer() != null) {
            PluginLayer.load(api.getLayer(), jars, where, findings);
        } else {
            ClassPathPlugins.load(jars, findings);
        }
    }

    private static List<PluginJarFile> readableJars(Path directory, String where, Findings findings) {
        List<PluginJarFile> readable = new ArrayList<>();
        for (Path path : jarsIn(directory, where, findings)) {
            try {
                PluginJarFile jar = PluginJarFile.read(path);
                jar.missingProviders().ifPresentOrElse(
                        problem -> findings.failed(PluginFailure.of(path.toString(), problem)), () -> readable.add(jar));
            } catch (IOException | SecurityException e) {
                findings.failed(PluginFailure.of(path.toString(), "cannot be read as a jar: " + e.getMessage()));
            }
        }
        return readable;
    }

    /**
     * Creates every provider a service loader finds and accepts; one that cannot be found or
     * created is a failure, and the others are still created.
     *
     * @param loader the service loader
     * @param where where it looks, for failures not tied to a provider class
     * @param accept which provider classes to take
     * @param findings receives the units and the failures
     */
    static void load(
            ServiceLoader<RecurrentUnitProvider> loader, String where, Predicate<Class<?>> accept, Findings findings) {
        Iterator<ServiceLoader.Provider<RecurrentUnitProvider>> providers = loader.stream().iterator();
        int errors = 0;
        while (true) {
            ServiceLoader.Provider<RecurrentUnitProvider> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                findings.failed(PluginFailure.of(where, "a unit provider cannot be loaded: " + e.getMessage()));
                if (++errors > 100) {
                    return;
                }
                continue;
            }
            Class<?> type = provider.type();
            if (!accept.test(type)) {
                continue;
            }
            try {
                findings.found(new DiscoveredUnit(provider.get(), origin(type)));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                findings.failed(PluginFailure.of(type.getName() + " (" + origin(type) + ")",
                        "could not be created: " + (e == cause ? "" : "its constructor threw ") + PluginFailure.thrown(cause)));
            }
        }
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
            return location(module).orElse("");
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

    /**
     * Where a module of a layer was loaded from.
     *
     * @param module a module in a layer
     * @return its jar or directory, when it has one
     */
    static Optional<String> location(Module module) {
        return module.getLayer()
                .configuration()
                .findModule(module.getName())
                .map(ResolvedModule::reference)
                .flatMap(ModuleReference::location)
                .map(uri -> "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString());
    }

    private static List<Path> jarsIn(Path directory, String where, Findings findings) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .map(Path::toAbsolutePath)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            findings.failed(PluginFailure.of(where, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
