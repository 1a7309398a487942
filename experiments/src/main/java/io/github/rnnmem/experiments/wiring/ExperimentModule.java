package io.github.rnnmem.experiments.wiring;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.CorpusConfig;
import io.github.rnnmem.experiments.config.DeviceChoice;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.data.CacheDirectory;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.PathCorpus;
import io.github.rnnmem.experiments.data.PlantedCueCorpus;
import io.github.rnnmem.experiments.data.PlantedCues;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.data.Text8Corpus;
import io.github.rnnmem.experiments.store.RunDirectory;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * What one experiment needs beyond the command line: its configuration (with every point of its
 * grid; what the points share, from the first), the engine and device it computes on, its corpus
 * source and task settings, and its run directory.
 */
public final class ExperimentModule extends AbstractModule {

    private final ExperimentGrid grid;
    private final ExperimentConfig config;

    /**
     * Creates the module of an experiment without a grid.
     *
     * @param config the loaded experiment
     */
    public ExperimentModule(ExperimentConfig config) {
        this(ExperimentGrid.single(config));
    }

    /**
     * Creates the module of an experiment grid.
     *
     * @param grid the loaded experiment with its grid expanded
     */
    public ExperimentModule(ExperimentGrid grid) {
        this.grid = grid;
        this.config = grid.first();
    }

    @Override
    protected void configure() {
        bind(ExperimentGrid.class).toInstance(grid);
        bind(ExperimentConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    Engine engine() {
        String name = config.engine().djlName();
        if (!Engine.hasEngine(name)) {
            throw new BadInputException("engine " + name + " is not available (engines found: "
                    + String.join(", ", new TreeSet<>(Engine.getAllEngines())) + ")");
        }
        return Engine.getEngine(name);
    }

    @Provides
    @Singleton
    Device device(Engine engine) {
        DeviceChoice choice = config.device();
        return switch (choice.kind()) {
            case AUTO -> engine.defaultDevice();
            case CPU -> Device.cpu();
            case GPU -> {
                int index = choice.gpu().orElseThrow();
                if (index >= engine.getGpuCount()) {
                    throw new BadInputException("device gpu:" + index + " asked for, but the " + engine.getEngineName()
                            + " engine sees " + engine.getGpuCount() + " GPU(s): use device: auto or cpu");
                }
                yield Device.gpu(index);
            }
        };
    }

    @Provides
    @Singleton
    CorpusSource corpus(Environment environment) {
        CorpusConfig corpus = config.corpus();
        long limit = corpus.limitChars().isPresent() ? corpus.limitChars().getAsInt() : 0;
        return switch (corpus.source()) {
            case TEXT8 -> new Text8Corpus(corpus.url().orElse(CorpusConfig.TEXT8_URL),
                    CacheDirectory.resolve(environment.variables()), limit);
            case PATH -> new PathCorpus(corpus.path().orElseThrow(), limit);
            case PLANTED_CUE -> new PlantedCueCorpus(PlantedCues.of(corpus).orElseThrow(), corpus.minDistance().orElseThrow(),
                    corpus.maxDistance().orElseThrow(), corpus.fillers().orElseThrow(),
                    corpus.path().map(path -> new PathCorpus(path, 0)), config.seed(), limit);
        };
    }

    @Provides
    @Singleton
    TaskSettings task() {
        return new TaskSettings(config.dataset(), config.seed());
    }

    @Provides
    @Singleton
    RunDirectory runDirectory() {
        Path output = config.output();
        return new RunDirectory(output);
    }
}
