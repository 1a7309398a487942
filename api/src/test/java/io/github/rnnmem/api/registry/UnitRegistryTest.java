package io.github.rnnmem.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testing.PluginJar;
import java.nio.file.Path;
import java.util.List;
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

    private static String failures(UnitRegistry registry) {
        return String.join("\n", registry.failures().stream().map(PluginFailure::describe).toList());
    }

    @Test
    void twoUnitsWithOneNameAreRefusedBothNamedWhileTheOthersStayUsable() {
        UnitRegistry registry = UnitRegistry.of(List.of(new DiscoveredUnit(new First("gru"), "a.jar"),
                new DiscoveredUnit(new Second("gru"), "b.jar"), new DiscoveredUnit(new First("lstm"), "c.jar")));
        assertThat(registry.names()).containsExactly("lstm");
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.unit()).contains("gru");
            assertThat(failure.describe()).isEqualTo(First.class.getName() + " (a.jar) and " + Second.class.getName()
                    + " (b.jar): both provide a unit named \"gru\", so none of them is used; remove all but one");
        });
        assertThatThrownBy(() -> registry.get("gru"))
                .isInstanceOf(UnitRegistryException.class)
                .hasMessageStartingWith("unit \"gru\" did not load: " + First.class.getName() + " (a.jar) and ");
    }

    @Test
    void malformedNamesAreRefused() {
        for (String name : List.of("GRU", "1gru", "gru_2", "", "my unit")) {
            UnitRegistry registry = UnitRegistry.of(List.of(new DiscoveredUnit(new First(name), "x.jar")));
            assertThat(registry.names()).as(name).isEmpty();
            assertThat(failures(registry)).as(name)
                    .isEqualTo(First.class.getName() + " (x.jar): its unit name \"" + name
                            + "\" does not match [a-z][a-z0-9-]* (lower-case letters, digits and dashes, starting with a"
                            + " letter)");
        }
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        UnitRegistry registry = UnitRegistry.of(List.of(
                new DiscoveredUnit(new First("gru"), "x"), new DiscoveredUnit(new Second("lstm"), "y")));
        assertThat(registry.names()).containsExactly("gru", "lstm");
        assertThat(registry.failures()).isEmpty();
        assertThatThrownBy(() -> registry.get("gur"))
                .hasMessage("unknown unit \"gur\"; did you mean \"gru\"? (known units: gru, lstm)");
        assertThatThrownBy(() -> registry.get("transformer"))
                .hasMessage("unknown unit \"transformer\" (known units: gru, lstm)");
    }

    @Test
    void findsAPlainJarInAPluginDirectory() {
        PluginJar.build(plugins.resolve("elman.jar"), false);
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins));
        DiscoveredUnit unit = registry.get("elman");
        assertThat(unit.provider().getClass().getName()).isEqualTo(PluginJar.PROVIDER);
        assertThat(unit.origin()).isEqualTo("class path, " + plugins.resolve("elman.jar"));
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void findsAModularJarInAPluginDirectory() {
        PluginJar.build(plugins.resolve("elman-module.jar"), true);
        assertThat(UnitRegistry.discover(List.of(plugins)).names()).contains("elman");
    }

    @Test
    void theSameUnitInTwoPluginDirectoriesIsRefusedNamingBothJars(@TempDir Path other) {
        PluginJar.build(plugins.resolve("elman.jar"), false);
        PluginJar.build(other.resolve("elman.jar"), false);
        PluginJar.unit("org.example.ok.Fine").jar(other.resolve("fine.jar"));
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins, other));
        assertThat(registry.names()).containsExactly("fine");
        assertThatThrownBy(() -> registry.get("elman"))
                .hasMessageContaining("unit \"elman\" did not load")
                .hasMessageContaining(plugins.resolve("elman.jar").toString())
                .hasMessageContaining(other.resolve("elman.jar").toString())
                .hasMessageContaining("both provide a unit named \"elman\"");
    }

    @Test
    void theSameDirectoryGivenTwiceIsReadOnce() {
        PluginJar.build(plugins.resolve("elman.jar"), false);
        Path again = plugins.resolve("sub").resolve("..");
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins, again, plugins));
        assertThat(registry.names()).containsExactly("elman");
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAFailureAndTheOtherDirectoriesLoad(@TempDir Path other) {
        PluginJar.build(other.resolve("elman.jar"), false);
        Path missing = plugins.resolve("nope");
        UnitRegistry registry = UnitRegistry.discover(List.of(missing, other));
        assertThat(registry.names()).containsExactly("elman");
        assertThat(failures(registry)).isEqualTo("plugin directory " + missing.toAbsolutePath() + ": does not exist");
        assertThatThrownBy(() -> registry.get("mgu")).hasMessage("unknown unit \"mgu\" (known units: elman); 1 plugin did"
                + " not load, and may hold it: plugin directory " + missing.toAbsolutePath() + ": does not exist");
    }

    @Test
    void aJarNamingAMissingProviderClassIsRefusedAndItsNeighboursLoad() {
        Path broken = PluginJar.naming(plugins.resolve("broken.jar"), "org.example.Missing");
        PluginJar.build(plugins.resolve("elman.jar"), false);
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins));
        assertThat(registry.names()).containsExactly("elman");
        assertThat(failures(registry)).isEqualTo(broken + ": its META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider"
                + " names org.example.Missing, a class the jar does not hold; list the fully qualified name of each"
                + " provider class it holds");
    }

    @Test
    void aProviderWhoseConstructorThrowsIsNamedWithTheLineThatThrew() {
        Path jar = PluginJar.unit("org.example.boom.Boom")
                .constructor("throw new IllegalStateException(\"no licence file\");")
                .jar(plugins.resolve("boom.jar"));
        PluginJar.build(plugins.resolve("elman.jar"), false);
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins));
        assertThat(registry.names()).containsExactly("elman");
        assertThat(failures(registry)).isEqualTo("org.example.boom.Boom (class path, " + jar + "): could not be created:"
                + " its constructor threw IllegalStateException: no licence file (at org.example.boom.Boom.<init>(Boom.java:14))");
    }

    @Test
    void aPluginNameBreakingTheRuleIsRefused() {
        Path jar = PluginJar.unit("org.example.bad.Bad").name("\"My_Unit\"").jar(plugins.resolve("bad.jar"));
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins));
        assertThat(registry.names()).isEmpty();
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.unit()).contains("My_Unit");
            assertThat(failure.describe()).startsWith("org.example.bad.Bad (class path, " + jar + "): its unit name"
                    + " \"My_Unit\" does not match [a-z][a-z0-9-]*");
        });
    }

    @Test
    void anInconsistentHyperparameterSpecIsRefusedWithItsReason() {
        PluginJar.unit("org.example.spec.Deep")
                .hyperparameters("HyperparameterSpec.builder().integer(\"depth\", 1, 8, 0, \"how deep\").build()")
                .jar(plugins.resolve("deep.jar"));
        PluginJar.unit("org.example.spec.Layered")
                .hyperparameters("HyperparameterSpec.builder().integer(\"layers\", 1, 8, 1, \"how many\").build()")
                .jar(plugins.resolve("layered.jar"));
        UnitRegistry registry = UnitRegistry.discover(List.of(plugins));
        assertThat(registry.names()).isEmpty();
        assertThat(failures(registry))
                .contains("org.example.spec.Deep (class path, " + plugins.resolve("deep.jar") + "): its hyperparameter"
                        + " spec is inconsistent: hyperparameters() threw IllegalArgumentException: default of depth is 0,"
                        + " not an integer in [1, 8] (at org.example.spec.Deep.hyperparameters(Deep.java:");
        assertThat(failures(registry)).contains("\"layers\" is reserved for the experiment file");
        assertThatThrownBy(() -> registry.get("deep")).hasMessageStartingWith("unit \"deep\" did not load: org.example.spec.Deep");
    }

    @Test
    void aDescriptionOfSeveralLinesIsRefused() {
        UnitRegistry registry = UnitRegistry.of(List.of(new DiscoveredUnit(new NamedProvider("gru") {
            @Override
            public String description() {
                return "one\ntwo";
            }
        }, "x.jar")));
        assertThat(registry.names()).isEmpty();
        assertThat(failures(registry)).endsWith("(x.jar): its description() must be one line of text, got \"one\ntwo\"");
    }

    @Test
    void readsPluginDirectoriesFromTheEnvironmentValue() {
        assertThat(UnitRegistry.pluginPath(null)).isEmpty();
        assertThat(UnitRegistry.pluginPath(" /a" + java.io.File.pathSeparator + java.io.File.pathSeparator + "b "))
                .containsExactly(Path.of("/a"), Path.of("b"));
    }
}
