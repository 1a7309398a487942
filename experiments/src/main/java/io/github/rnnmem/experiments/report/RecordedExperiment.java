package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * What a report needs of a run's {@code experiment.yaml} (the resolved configuration the run
 * wrote, every default filled in): the experiment's name, its units' labels in order, the training
 * seeds and the {@code report} settings. Read without the unit registry, so that a report never
 * needs the units' code.
 *
 * @param name the experiment's name
 * @param labels the units' labels, in the experiment's order
 * @param seeds the training seeds
 * @param published {@code report.published}
 * @param positions {@code report.positions}, empty when not given
 * @param matchedLoss whether {@code analysis.at} is {@code matched-loss}
 * @param lossMargin {@code analysis.loss_margin}
 */
record RecordedExperiment(String name, List<String> labels, List<Integer> seeds, boolean published,
        List<Integer> positions, boolean matchedLoss, double lossMargin) {

    /**
     * Reads the file.
     *
     * @param file {@code experiment.yaml}
     * @return what it records
     * @throws BadInputException naming the file when it cannot be read or lacks what is needed
     */
    static RecordedExperiment read(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml().load(reader);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Map<?, ?> experiment = (Map<?, ?>) root;
            List<String> labels = new ArrayList<>();
            for (Object unit : (List<?>) experiment.get("units")) {
                labels.add(String.valueOf(((Map<?, ?>) unit).get("label")));
            }
            List<Integer> seeds = new ArrayList<>();
            Object several = experiment.get("seeds");
            for (Object seed : several instanceof List<?> list ? list : List.of(experiment.get("seed"))) {
                seeds.add(((Number) seed).intValue());
            }
            Map<?, ?> report = experiment.get("report") instanceof Map<?, ?> map ? map : Map.of();
            List<Integer> positions = new ArrayList<>();
            if (report.get("positions") instanceof List<?> list) {
                list.forEach(position -> positions.add(((Number) position).intValue()));
            }
            Map<?, ?> analysis = experiment.get("analysis") instanceof Map<?, ?> map ? map : Map.of();
            double margin = analysis.get("loss_margin") instanceof Number number ? number.doubleValue() : Double.NaN;
            return new RecordedExperiment(String.valueOf(experiment.get("name")), labels, seeds,
                    Boolean.TRUE.equals(report.get("published")), positions, "matched-loss".equals(analysis.get("at")),
                    margin);
        } catch (ClassCastException | NullPointerException e) {
            throw new BadInputException(file + " is damaged: it does not hold an experiment's name, units and seeds");
        }
    }

    /**
     * Whether the experiment trains a unit with a seed.
     *
     * @param label the unit's label
     * @param seed the seed
     * @return true when both are the experiment's
     */
    boolean trains(String label, int seed) {
        return labels.contains(label) && seeds.contains(seed);
    }

    /**
     * Where a unit stands in the experiment.
     *
     * @param label one of its labels
     * @return its index
     */
    int position(String label) {
        return labels.indexOf(label);
    }
}
