package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A plugin directory loaded as a child {@link ModuleLayer} of the layer holding this API, when
 * rnnmem runs on the module path: modular jars and plain jars (automatic modules whose {@code
 * META-INF/services} file names the provider) both work.
 *
 * <p>Each jar is first made a module on its own, so that one the JVM cannot name (see {@link
 * ModuleNames}), one holding a module another jar or rnnmem itself already holds, or one whose
 * requirements cannot be resolved is refused with its reason, and the others still load together,
 * in one layer with one class loader.
 */
final class PluginLayer {

    private PluginLayer() {}

    /**
     * Loads the providers of a directory's jars.
     *
     * @param parent the layer holding this API
     * @param jars the directory's jars whose services files name classes they hold
     * @param where the directory, for people
     * @param findings receives the units and the failures
     */
    static void load(ModuleLayer parent, List<PluginJarFile> jars, String where, Findings findings) {
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
                                + PluginLoader.location(parent.findModule(name).get()).map(l -> " (" + l + ")").orElse("")
                                + "; remove the jar from the plugin directory"));
                    } else {
                        modules.put(name, jar);
                    }
                });
            } catch (FindException e) {
                findings.failed(PluginFailure.of(source, ModuleNames.explain(jar, e)));
            }
        }
        Optional<Configuration> configuration = resolvable(parent, modules, findings);
        if (configuration.isEmpty()) {
            return;
        }
        ModuleLayer layer;
        try {
            layer = parent.defineModulesWithOneLoader(configuration.get(), RecurrentUnitProvider.class.getClassLoader());
        } catch (LayerInstantiationException e) {
            findings.failed(PluginFailure.of(where, "its jars cannot be loaded together: " + e.getMessage()));
            return;
        }
        PluginLoader.load(ServiceLoader.load(layer, RecurrentUnitProvider.class), where,
                type -> type.getModule().getLayer() == layer, findings);
    }

    /**
     * Resolves the modules that can be resolved, refusing each one that cannot (a module it
     * requires is missing, for instance) with the resolver's reason.
     *
     * @return the configuration of the others, or empty when none is left
     */
    private static Optional<Configuration> resolvable(ModuleLayer parent, Map<String, PluginJarFile> modules, Findings findings) {
        Map<String, PluginJarFile> remaining = new LinkedHashMap<>(modules);
        while (!remaining.isEmpty()) {
            ModuleFinder finder = ModuleFinder.of(remaining.values().stream().map(PluginJarFile::path).toArray(Path[]::new));
            try {
                return Optional.of(parent.configuration().resolveAndBind(finder, ModuleFinder.of(), remaining.keySet()));
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
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
