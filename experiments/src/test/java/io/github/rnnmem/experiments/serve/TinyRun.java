package io.github.rnnmem.experiments.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.cli.Main;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A tiny run trained for the server's tests: a GRU and an LSTM written step by step and on DJL's
 * fused kernel (which go on from a state), and DJL's own fused GRU labelled {@code gru-fused}
 * (which does not, so its texts are read whole).
 *
 * @param experiment the experiment and its run directory
 */
record TinyRun(TinyExperiment experiment) {

    static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    /**
     * Trains the run.
     *
     * @param directory where its files go
     * @return the run
     */
    static TinyRun train(Path directory) {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 8}", "{unit: lstm, hidden: 4}",
                "{unit: gru, hidden: 6, variant: fused, label: gru-fused}");
        String[] output = new String[1];
        int status = run(output, "run", experiment.file().toString());
        assertThat(status).as(output[0]).isZero();
        return new TinyRun(experiment);
    }

    /**
     * Runs the command line in this JVM.
     *
     * @param output receives what it printed, both streams
     * @param arguments the arguments
     * @return the exit status
     */
    static int run(String[] output, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Main.run(arguments, new Console(print, print), Map.of());
        output[0] = out.toString(StandardCharsets.UTF_8);
        return status;
    }

    /**
     * The run's recorded experiment.
     *
     * @return the configuration
     */
    ExperimentConfig config() {
        return new ConfigLoader(UNITS, experiment.output()).load(experiment.output().resolve("experiment.yaml"), List.of());
    }

    /**
     * Loads the run's units for a server.
     *
     * @param labels the units, none for all
     * @param queue requests that may wait per unit
     * @return the units, to close
     */
    ServedUnits load(List<String> labels, int queue) {
        ExperimentGrid grid = new ConfigLoader(UNITS, experiment.output())
                .loadGrid(experiment.output().resolve("experiment.yaml"), List.of());
        ServedUnits.Run run = new ServedUnits.Run(new RunDirectory(experiment.output()), grid, UNITS,
                Engine.getEngine("MXNet"), Device.cpu());
        return ServedUnits.load(List.of(run), labels, queue, warning -> {});
    }
}
