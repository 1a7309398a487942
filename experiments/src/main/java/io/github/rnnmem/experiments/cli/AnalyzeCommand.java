package io.github.rnnmem.experiments.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.run.TextAnalyzer;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rnnmem analyze RUN [--text TEXT] [--position N]... [--unit LABEL]... [--target WORD]}: the
 * article's autocomplete demo and connectivity on a finished run, for any text and any target word.
 */
@Command(
        name = "analyze",
        header = "suggestions and connectivity of any text for a run's trained units",
        description = {
            "Loads the trained units of a run directory and computes, for the text, the words each suggests at every"
                + " character and the connectivity of every position to the characters before it.",
            "Prints, per unit and chosen position, the top suggestions with their probabilities and the earlier words"
                + " that carry the most connectivity, and writes connectivity.json per unit under"
                + " RUN/analyses/<text digest>/. The text is normalised as the corpus is; when it ends with a space or"
                + " a punctuation mark, the last position is the space before the next word, not yet written.",
            "With --target, connectivity is that of the named word's score at every position, and its probability"
                + " and rank are printed; a word outside the vocabulary is refused with the nearest words."},
        footer = {
            "  rnnmem analyze runs/quickstart --text ' parts of north af'",
            "  rnnmem analyze runs/quickstart --position 106 --position 159 --unit gru",
            "  rnnmem analyze runs/quickstart --text ' parts of north af' --target africa"})
final class AnalyzeCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;

    @Parameters(paramLabel = "RUN", description = "a run directory, as 'rnnmem run' writes it")
    private Path root;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "the text to analyse (default: the experiment's analysis.connectivity.text)")
    private String text;

    @Option(names = "--position", paramLabel = "N",
            description = "a position to print, from 0; negative counts from the end; repeatable"
                    + " (default: the last character)")
    private List<Integer> positions = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "LABEL", completionCandidates = UnitNames.class,
            description = "a unit to analyse, by its label; repeatable (default: every unit)")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--target", paramLabel = "WORD",
            description = "a word of the vocabulary whose score connectivity differentiates at every position; prints"
                    + " its probability and rank at the chosen positions (default: the text's own target word, or as"
                    + " analysis.connectivity.target says)")
    private String target;

    @Inject
    AnalyzeCommand(Provider<UnitRegistry> units, Injector injector, Console console) {
        this.units = units;
        this.injector = injector;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        RunDirectory run = new RunDirectory(root);
        if (!Files.isRegularFile(run.experiment())) {
            throw new BadInputException(root + " is not a run directory (it has no experiment.yaml)");
        }
        UnitRegistry registry = units.get();
        ExperimentGrid grid =
                new ConfigLoader(registry, Path.of("").toAbsolutePath()).loadGrid(run.experiment(), List.of());
        Injector experiment = injector.createChildInjector(new ExperimentModule(grid));
        new TextAnalyzer(run, grid, registry, experiment.getInstance(Engine.class), experiment.getInstance(Device.class),
                experiment.getInstance(ProgressReporter.class), console)
                .analyze(Optional.ofNullable(text), positions, labels, Optional.ofNullable(target));
        return 0;
    }
}
