package io.github.rnnmem.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testkit.PluginJar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitRegistryTest {

    @TempDir Path plugins;

    /** A provider with a settable name. */
    private abstract static class NamedProvider implements RecurrentUnitProvider {
        private final String name;

        NamedProvider(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "test unit";
        }

        @Override
        public HyperparameterSpec hyperparameters() {
            return HyperparameterSpec.builder().build();
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            throw new UnsupportedOperationException("not built in these tests");
        }
    }

    private static final class First extends NamedProvider {
        First(String name) {
            super(name);
        }
    }

    private static final class Second extends NamedProvider {
        Second(String name) {
            super(name);
        }
    }

    @Test
    void twoUnitsWithOneNameAreAnErrorNamingBothClasses() {
        assertThatThrownBy(() -> UnitRegistry.of(List.of(
                        new DiscoveredUnit(new First("gru"), "a.jar"), new DiscoveredUnit(new Second("gru"), "b.jar"))))
                .isInstanceOf(UnitRegistryException.class)
                .hasMessageContaining("two units are named \"gru\"")
                .hasMessageContaining(First.class.getName() + " (a.jar)")
                .hasMessageContaining(Second.class.getName() + " (b.jar)");
    }

    @Test
    void malformedNamesAreRefused() {
        for (String name : List.of("GRU", "1gru", "gru_2", "", "my unit")) {
            assertThatThrownBy(() -> UnitRegistry.of(List.of(new DiscoveredUnit(new First(name), "x.jar"))))
                    .as(name)
                    .hasMessageContaining("does not match [a-z][a-z0-9-]*")
                    .hasMessageContaining(First.class.getName());
        }
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        UnitRegistry registry = UnitRegistry.of(List.of(
                new DiscoveredUnit(new First("gru"), "x"), new DiscoveredUnit(new Second("lstm"), "y")));
        assertThat(registry.names()).containsExactly("gru", "lstm");
        assertThatThrownBy(() -> registry.get("gur"))
                .hasMessage("unknown unit \"gur\"; did you mean \"gru\"? (known units: gru, lstm)");
        assertThatThrownBy(() -> registry.get("transformer"))
                .hasMessage("unknown unit \"transformer\" (known units: gru, lstm)");
    }

    @Test
    void findsAPlainJarInAPluginDirectory() {
        PluginJar.build(plugins.resolve("elman.jar"), false);
        DiscoveredUnit unit = UnitRegistry.discover(List.of(plugins)).get("elman");
        assertThat(unit.provider().getClass().getName()).isEqualTo(PluginJar.PROVIDER);
        assertThat(unit.origin()).contains(plugins.resolve("elman.jar").toString());
    }

    @Test
    void findsAModularJarInAPluginDirectory() {
        PluginJar.build(plugins.resolve("elman-module.jar"), true);
        assertThat(UnitRegistry.discover(List.of(plugins)).names()).contains("elman");
    }

    @Test
    void theSameUnitTwiceInPluginDirectoriesIsAnError(@TempDir Path other) {
        PluginJar.build(plugins.resolve("elman.jar"), false);
        PluginJar.build(other.resolve("elman.jar"), false);
        assertThatThrownBy(() -> UnitRegistry.discover(List.of(plugins, other)))
                .hasMessageContaining("two units are named \"elman\"")
                .hasMessageContaining(plugins.resolve("elman.jar").toString())
                .hasMessageContaining(other.resolve("elman.jar").toString());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path missing = plugins.resolve("nope");
        assertThatThrownBy(() -> UnitRegistry.discover(List.of(missing)))
                .hasMessage("plugin directory " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void aJarNamingAMissingProviderClassIsNamed() throws IOException {
        Path jar = plugins.resolve("broken.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider"));
            out.write("org.example.Missing\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> UnitRegistry.discover(List.of(plugins)))
                .isInstanceOf(UnitRegistryException.class)
                .hasMessageContaining("a unit provider in plugin directory " + plugins.toAbsolutePath())
                .hasMessageContaining("org.example.Missing");
    }

    @Test
    void readsPluginDirectoriesFromTheEnvironmentValue() {
        assertThat(UnitRegistry.pluginPath(null)).isEmpty();
        assertThat(UnitRegistry.pluginPath(" /a" + java.io.File.pathSeparator + java.io.File.pathSeparator + "b "))
                .containsExactly(Path.of("/a"), Path.of("b"));
    }
}
