package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.module.ResolvedModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>When rnnmem itself runs on the module path, a plugin directory becomes a child {@link
 * ModuleLayer} of the layer holding this API: modular jars and plain jars (automatic modules whose
 * {@code META-INF/services} file names the provider) both work. Each jar is first checked on its
 * own (its services file, its module name, what it requires), so that one broken jar is refused
 * with its reason instead of refusing the directory. When rnnmem runs on the class path, the jars
 * are opened by a child {@link URLClassLoader} and each jar's services file is read in turn, so
 * that a failure names its jar.
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
            loadAsModules(api.getLayer(), jars, where, findings);
        } else {
            loadOnClassPath(jars, findings);
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

    private static void loadAsModules(ModuleLayer parent, List<PluginJarFile> jars, String where, Findings findings) {
        Map<String, PluginJarFile> modules = new LinkedHashMap<>();
        for (PluginJarFile jar : jars) {
            String source = jar.path().toString();
            try {
                ModuleFinder.of(jar.path()).findAll().stream().findFirst().ifPresent(module -> {
                    String name = module.descriptor().name();
                    PluginJarFile other = modules.get(name);
                    if (other != null) {
                        findings.failed(PluginFailure.of(source,
                                "holds module " + name + ", as " + other.path() + " does; remove one of the two jars"));
                    } else if (parent.findModule(name).isPresent()) {
                        findings.failed(PluginFailure.of(source, "holds module " + name + ", which rnnmem already has"
                                + location(parent.findModule(name).get()).map(l -> " (" + l + ")").orElse("")
                                + "; remove the jar from the plugin directory"));
                    } else {
                        modules.put(name, jar);
                    }
                });
            } catch (FindException e) {
                findings.failed(PluginFailure.of(source, ModuleNames.explain(jar, e)));
            }
        }
        Configuration configuration = resolvable(parent, modules, findings);
        if (configuration == null) {
            return;
        }
        ModuleLayer layer;
        try {
            layer = parent.defineModulesWithOneLoader(configuration, RecurrentUnitProvider.class.getClassLoader());
        } catch (LayerInstantiationException e) {
            findings.failed(PluginFailure.of(where, "its jars cannot be loaded together: " + e.getMessage()));
            return;
        }
        load(ServiceLoader.load(layer, RecurrentUnitProvider.class), where,
                type -> type.getModule().getLayer() == layer, findings);
    }

    /**
     * Resolves the modules that can be resolved, refusing each one that cannot (a module it
     * requires is missing, for instance) with the resolver's reason.
     *
     * @return the configuration of the others, or null when none is left
     */
    private static Configuration resolvable(ModuleLayer parent, Map<String, PluginJarFile> modules, Findings findings) {
        Map<String, PluginJarFile> remaining = new LinkedHashMap<>(modules);
        while (!remaining.isEmpty()) {
            ModuleFinder finder = ModuleFinder.of(remaining.values().stream().map(PluginJarFile::path).toArray(Path[]::new));
            try {
                return parent.configuration().resolveAndBind(finder, ModuleFinder.of(), remaining.keySet());
            } catch (FindException | ResolutionException together) {
                int before = remaining.size();
                for (Map.Entry<String, PluginJarFile> module : List.copyOf(remaining.entrySet())) {
                    try {
                        parent.configuration().resolveAndBind(finder, ModuleFinder.of(), List.of(module.getKey()));
                    } catch (FindException | ResolutionException alone) {
                        findings.failed(PluginFailure.of(module.getValue().path().toString(),
                                "module " + module.getKey() + " cannot be resolved: " + alone.getMessage()));
                        remaining.remove(module.getKey());
                    }
                }
                if (remaining.size() == before) {
                    remaining.values().forEach(jar -> findings.failed(PluginFailure.of(jar.path().toString(),
                            "its modules cannot be resolved together: " + together.getMessage())));
                    return null;
                }
            }
        }
        return null;
    }

    private static void loadOnClassPath(List<PluginJarFile> jars, Findings findings) {
        URLClassLoader loader = new URLClassLoader(urls(jars), RecurrentUnitProvider.class.getClassLoader());
        for (PluginJarFile jar : jars) {
            for (String name : jar.providers()) {
                String source = name + " (class path, " + jar.path() + ")";
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (!RecurrentUnitProvider.class.isAssignableFrom(type)) {
                        findings.failed(PluginFailure.of(source, "does not implement " + RecurrentUnitProvider.class.getName()));
                    } else if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
                        findings.failed(PluginFailure.of(source, "is not a public, concrete class"));
                    } else {
                        RecurrentUnitProvider provider =
                                type.asSubclass(RecurrentUnitProvider.class).getConstructor().newInstance();
                        findings.found(new DiscoveredUnit(provider, origin(type)));
                    }
                } catch (NoSuchMethodException e) {
                    findings.failed(PluginFailure.of(source, "has no public constructor without arguments"));
                } catch (InvocationTargetException e) {
                    findings.failed(PluginFailure.of(source, "could not be created: its constructor threw "
                            + PluginFailure.thrown(e.getCause())));
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    findings.failed(PluginFailure.of(source, "could not be created: " + PluginFailure.thrown(e)));
                }
            }
        }
    }

    private static void load(
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

    private static Optional<String> location(Module module) {
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

    private static URL[] urls(List<PluginJarFile> jars) {
        List<URL> urls = new ArrayList<>();
        for (PluginJarFile jar : jars) {
            try {
                urls.add(jar.path().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is not a URL: " + jar.path(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
