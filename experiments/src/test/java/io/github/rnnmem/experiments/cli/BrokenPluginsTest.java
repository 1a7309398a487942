package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.api.testing.PluginJar;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken plugins on the command line, in this JVM (plugins on the class path): each is named with
 * its reason, and is fatal only where its unit is used. {@link LauncherIT} does the same on the
 * module path.
 */
class BrokenPluginsTest {

    @TempDir Path directory;

    private Path plugins() {
        return directory.resolve("plugins");
    }

    @Test
    void aUnitWhoseNewLayerThrowsStopsTheRunBeforeAnyUnitTrains() {
        Path jar = PluginJar.unit("org.example.boom.Boom")
                .newLayer("throw new IllegalStateException(\"no cell yet\");")
                .jar(plugins().resolve("boom.jar"));
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 8}", "{unit: boom, hidden: 8}");
        CommandResult result = InProcess.run("--plugin-path", plugins().toString(), "run", experiment.file().toString());
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("rnnmem: unit \"boom\" of org.example.boom.Boom (class path, " + jar + ") is"
                + " broken: newLayer(8, ...) for layer 1 threw IllegalStateException: no cell yet"
                + " (at org.example.boom.Boom.newLayer(Boom.java:18))\n");
        assertThat(experiment.unit("gru")).doesNotExist();
    }

    @Test
    void aLayerReturningTheWrongWidthIsRefusedByDescribe() {
        PluginJar.unit("org.example.wide.Wide").jar(plugins().resolve("wide.jar"));
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: wide, hidden: 4}");
        CommandResult result = InProcess.run("--plugin-path", plugins().toString(), "describe", experiment.file().toString());
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("rnnmem: unit \"wide\" of org.example.wide.Wide (class path, ")
                .endsWith("is broken: the first forward pass of layer 1 maps input (2, 3, 8) to (2, 3, 8); a layer maps"
                        + " (batch, time, input) to (batch, time, hidden), here (2, 3, 4)\n");
    }

    @Test
    void anExperimentNamingAUnitThatDidNotLoadIsRefusedWithTheReason() {
        PluginJar.unit("org.example.spec.Deep")
                .hyperparameters("HyperparameterSpec.builder().integer(\"depth\", 1, 8, 0, \"how deep\").build()")
                .jar(plugins().resolve("deep.jar"));
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: deep, hidden: 8}");
        CommandResult result = InProcess.run("--plugin-path", plugins().toString(), "run", experiment.file().toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err())
                .contains(experiment.file().getFileName() + ":7: units[0].unit: unit \"deep\" did not load: org.example.spec.Deep"
                        + " (class path, " + plugins().resolve("deep.jar") + "): its hyperparameter spec is inconsistent:"
                        + " hyperparameters() threw IllegalArgumentException: default of depth is 0, not an integer in [1, 8]")
                .doesNotContain("\tat ");
    }

    @Test
    void aBrokenPluginTheExperimentDoesNotUseIsOnlyAWarning() {
        Path jar = PluginJar.unit("org.example.boom.Boom")
                .constructor("throw new IllegalStateException(\"no licence file\");")
                .jar(plugins().resolve("boom.jar"));
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 8}");
        CommandResult result = InProcess.run("--plugin-path", plugins().toString(), "run", experiment.file().toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("warning: plugin not loaded: org.example.boom.Boom (class path, " + jar + "):"
                + " could not be created: its constructor threw IllegalStateException: no licence file"
                + " (at org.example.boom.Boom.<init>(Boom.java:14))\n");
        assertThat(result.out()).contains("gru: test cross entropy");
    }

    @Test
    void unitsListsWhatLoadedWarnsOfWhatDidNotAndExitsWithTwo() {
        PluginJar.build(plugins().resolve("elman.jar"), false);
        Path missing = PluginJar.naming(plugins().resolve("missing.jar"), "org.example.Missing");
        CommandResult result = InProcess.run("--plugin-path", plugins().toString(), "--plugin-path", plugins().toString(),
                "units");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).contains("4 units found").contains("elman: simple recurrent network (Elman 1990)")
                .contains("gru: ");
        assertThat(result.err()).isEqualTo("warning: plugin not loaded: " + missing + ": its"
                + " META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider names org.example.Missing, a class the"
                + " jar does not hold; list the fully qualified name of each provider class it holds\n"
                + "rnnmem: 1 plugin not loaded (see the warnings)\n");
    }
}
