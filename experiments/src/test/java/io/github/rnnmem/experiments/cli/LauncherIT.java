package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.api.testing.PluginJar;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher on the module path, as a user runs it, with units from plugin directories. */
class LauncherIT {

    /** The GRU unit's jar on the launcher's module path. */
    private static Path builtInGruJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target", "dist", "lib").toAbsolutePath())) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith("rnnmem-units-gru-")).findFirst().orElseThrow();
        }
    }

    @Test
    void listsTheBuiltInUnitsFromTheModulePath() throws Exception {
        CommandResult result = Launcher.run(Map.of(), "units");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("3 units found")
                .contains("gru: gated recurrent unit")
                .contains("loaded from module io.github.rnnmem.units.gru")
                .contains("loaded from module io.github.rnnmem.units.lstm")
                .contains("loaded from module io.github.rnnmem.units.nestedlstm")
                .containsPattern("depth +integer +\\[1, 16\\] +2 ");
    }

    @Test
    void findsAModularPluginJarGivenOnTheCommandLineOnceWhateverTheDirectoryIsCalled(@TempDir Path plugins)
            throws Exception {
        PluginJar.build(plugins.resolve("elman.jar"), true);
        CommandResult result = Launcher.run(Map.of("RNNMEM_PLUGIN_PATH", plugins.toString()), "--plugin-path",
                plugins.toString(), "--plugin-path", plugins.resolve("..").resolve(plugins.getFileName()).toString(), "units");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("4 units found")
                .contains("elman: simple recurrent network (Elman 1990)")
                .contains("loaded from module org.example.elman, " + plugins.resolve("elman.jar"));
    }

    @Test
    void findsAPlainPluginJarNamedInTheEnvironment(@TempDir Path plugins) throws Exception {
        PluginJar.build(plugins.resolve("elman-plain.jar"), false);
        CommandResult result = Launcher.run(Map.of("RNNMEM_PLUGIN_PATH", plugins.toString()), "units");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("elman: simple recurrent network").contains(plugins.resolve("elman-plain.jar").toString());
    }

    @Test
    void brokenPluginJarsAreNamedWithHowToFixThemAndTheOthersStillLoad(@TempDir Path plugins) throws Exception {
        Path first = PluginJar.build(plugins.resolve("elman-1.0.jar"), false);
        Path sameModule = PluginJar.build(plugins.resolve("elman.jar"), false);
        Path badName = PluginJar.unit("org.example.wide.Wide").jar(plugins.resolve("wide-for-rnnmem.jar"));
        Path missing = PluginJar.naming(plugins.resolve("missing.jar"), "org.example.Missing");
        Path boom = PluginJar.unit("org.example.boom.Boom")
                .constructor("throw new IllegalStateException(\"no licence file\");")
                .jar(plugins.resolve("boom.jar"));
        Path builtIn = Files.copy(builtInGruJar(), plugins.resolve("gru-copy.jar"));

        CommandResult result = Launcher.run(Map.of(), "--plugin-path", plugins.toString(), "units");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).contains("4 units found").contains("loaded from module elman, " + first);
        assertThat(result.err().lines().toList()).containsExactlyInAnyOrder(
                "warning: plugin not loaded: " + sameModule + ": holds module elman, as " + first
                        + " does; remove one of the two jars",
                "warning: plugin not loaded: " + badName + ": its file name makes no valid module name (wide.for.rnnmem:"
                        + " Invalid module name: 'for' is not a Java identifier); add the line \"Automatic-Module-Name:"
                        + " org.example.wide\" to its META-INF/MANIFEST.MF, or rename the file (to wide.jar, say)",
                "warning: plugin not loaded: " + missing + ": its META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider"
                        + " names org.example.Missing, a class the jar does not hold; list the fully qualified name of each"
                        + " provider class it holds",
                "warning: plugin not loaded: org.example.boom.Boom (module boom, " + boom + "): could not be created: its"
                        + " constructor threw IllegalStateException: no licence file (at boom/org.example.boom.Boom.<init>(Boom.java:14))",
                "warning: plugin not loaded: " + builtIn + ": holds module io.github.rnnmem.units.gru, which rnnmem already"
                        + " has (" + builtInGruJar() + "); remove the jar from the plugin directory",
                "rnnmem: 5 plugins not loaded (see the warnings)");
    }

    @Test
    void describesAndTrainsAUnitFromAPluginJar(@TempDir Path directory) throws Exception {
        Path plugins = directory.resolve("plugins");
        PluginJar.build(plugins.resolve("elman.jar"), true);
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: elman, hidden: 8}");

        CommandResult described = Launcher.run(Map.of(), "--plugin-path", plugins.toString(), "describe",
                experiment.file().toString());
        assertThat(described.status()).as(described.err()).isZero();
        // (8 inputs + 8 hidden) x 8 kernel and 8 biases; 8 x 18 + 18 dense for 16 words, <eos> and <unknown>
        assertThat(described.out()).containsPattern("(?m)^elman +elman +8 +1 +- +216 +136 +162 ");

        CommandResult trained = Launcher.run(Map.of(), "--plugin-path", plugins.toString(), "run",
                experiment.file().toString());
        assertThat(trained.status()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("elman: test cross entropy");
        assertThat(experiment.unit("elman").resolve("test.json")).isRegularFile();
    }

    @Test
    void badInputExitsWithTwoAndNoStackTrace(@TempDir Path empty) throws Exception {
        CommandResult unknown = Launcher.run(Map.of(), "unitz");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rnnmem: unknown command \"unitz\"; did you mean units? (commands: ").contains("units");

        CommandResult missing = Launcher.run(Map.of(), "--plugin-path", empty.resolve("nope").toString(), "units");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("plugin directory " + empty.resolve("nope") + ": does not exist")
                .doesNotContain("\tat ");
    }

    @Test
    void helpVersionAndCompletionWorkOnTheModulePath() throws Exception {
        CommandResult help = Launcher.run(Map.of(), "--help");
        assertThat(help.status()).as(help.err()).isZero();
        assertThat(help.out()).startsWith("Usage: rnnmem [-hV] [--plugin-path=DIR]... [COMMAND]").contains("\nCommands:\n  run ");

        CommandResult runHelp = Launcher.run(Map.of(), "run", "--help");
        assertThat(runHelp.status()).as(runHelp.err()).isZero();
        assertThat(runHelp.out()).startsWith("Usage: rnnmem run [-hV] [--force]").contains("  --set=PATH=VALUE ");

        CommandResult version = Launcher.run(Map.of(), "units", "--version");
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("rnnmem ").contains("engines found: MXNet, PyTorch");

        CommandResult completion = Launcher.run(Map.of(), "completion", "bash");
        assertThat(completion.status()).as(completion.err()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_rnnmem").contains("local commands=\"run sweep analyze serve describe ");
    }

    @Test
    void aBadOptionNamesTheNearestOneOnTheModulePath() throws Exception {
        CommandResult result = Launcher.run(Map.of(), "units", "--plugin-paht", "x");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("rnnmem: units: unknown option --plugin-paht; did you mean --plugin-path?")
                .endsWith("\nTry 'rnnmem units --help' for more information.\n");
    }
}
