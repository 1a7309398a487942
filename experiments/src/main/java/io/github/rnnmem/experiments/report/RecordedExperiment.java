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
 * wrote, every default filled in): the experiment's name, its units' labels in order and the
 * training seeds. Read without the unit registry, so that a report never needs the units' code.
 *
 * @param name the experiment's name
 * @param labels the units' labels, in the experiment's order
 * @param seeds the training seeds
 */
record RecordedExperiment(String name, List<String> labels, List<Integer> seeds) {

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
            return new RecordedExperiment(String.valueOf(experiment.get("name")), labels, seeds);
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
