package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What rnnmem needs to know of a jar in a plugin directory before loading it: the provider classes
 * its {@code META-INF/services} file names, which of them the jar lacks, and how its module name is
 * given.
 *
 * @param path the jar
 * @param providers the class names listed in {@value #SERVICES}, in order
 * @param missing those of {@code providers} that have no class file in the jar
 * @param modular whether the jar holds a {@code module-info.class}
 * @param automaticModuleName the manifest's {@code Automatic-Module-Name}, if any
 */
record PluginJarFile(
        Path path, List<String> providers, List<String> missing, boolean modular, Optional<String> automaticModuleName) {

    /** The services file naming unit providers. */
    static final String SERVICES = "META-INF/services/" + RecurrentUnitProvider.class.getName();

    /**
     * Reads a jar's services file, manifest and class list.
     *
     * @param path the jar
     * @return what it holds
     * @throws IOException if it is not a readable jar
     */
    static PluginJarFile read(Path path) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            List<String> providers = new ArrayList<>();
            JarEntry services = jar.getJarEntry(SERVICES);
            if (services != null) {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(jar.getInputStream(services), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty() && !providers.contains(name)) {
                            providers.add(name);
                        }
                    }
                }
            }
            List<String> missing = providers.stream()
                    .filter(name -> jar.getJarEntry(name.replace('.', '/') + ".class") == null)
                    .toList();
            Manifest manifest = jar.getManifest();
            Optional<String> moduleName = Optional.ofNullable(manifest)
                    .map(m -> m.getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name")));
            boolean modular = jar.getJarEntry("module-info.class") != null
                    || jar.stream().anyMatch(e -> e.getName().matches("META-INF/versions/\\d+/module-info\\.class"));
            return new PluginJarFile(path, List.copyOf(providers), missing, modular, moduleName);
        }
    }

    /**
     * Why the jar cannot be loaded before any of its classes is: its services file names a class
     * the jar does not hold.
     *
     * @return the problem, or empty
     */
    Optional<String> missingProviders() {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("its " + SERVICES + " names " + String.join(", ", missing)
                + (missing.size() == 1 ? ", a class" : ", classes") + " the jar does not hold;"
                + " list the fully qualified name of each provider class it holds");
    }

    /**
     * A module name that would suit the jar: the package of its first provider, which is a valid
     * module name.
     *
     * @return for instance {@code org.example.mgu}
     */
    String suggestedModuleName() {
        return providers.stream()
                .filter(name -> name.lastIndexOf('.') > 0)
                .map(name -> name.substring(0, name.lastIndexOf('.')))
                .findFirst()
                .orElse("org.example.myunit");
    }
}
