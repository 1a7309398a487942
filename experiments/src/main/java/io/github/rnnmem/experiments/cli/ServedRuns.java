package io.github.rnnmem.experiments.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.serve.ServedUnits;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The runs whose units a server serves: each directory's recorded experiment, engine and device. */
final class ServedRuns {

    private ServedRuns() {}

    /**
     * Reads run directories.
     *
     * @param roots the directories
     * @param registry the unit registry
     * @param injector makes each experiment's engine and device
     * @return the runs, in order
     * @throws BadInputException for a directory that is not a run directory or a broken experiment
     */
    static List<ServedUnits.Run> of(List<Path> roots, UnitRegistry registry, Injector injector) {
        List<ServedUnits.Run> runs = new ArrayList<>();
        for (Path root : roots) {
            RunDirectory run = new RunDirectory(root);
            if (!Files.isRegularFile(run.experiment())) {
                throw new BadInputException(root + " is not a run directory (it has no experiment.yaml)");
            }
            ExperimentGrid grid = new ConfigLoader(registry, Path.of("").toAbsolutePath()).loadGrid(run.experiment(), List.of());
            Injector experiment = injector.createChildInjector(new ExperimentModule(grid));
            runs.add(new ServedUnits.Run(run, grid, registry, experiment.getInstance(Engine.class),
                    experiment.getInstance(Device.class)));
        }
        return runs;
    }
}
