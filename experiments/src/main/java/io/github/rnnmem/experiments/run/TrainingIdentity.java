package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.store.RecordedIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What decides one trained unit's weights, part by part: the dataset (its cache key: the corpus
 * fingerprint, the task settings with the split seed, the format), the model section, the unit's
 * entry with its hyperparameters, the weight-deciding training settings, the engine and the
 * training seed. Analysis and report settings, the output and the other units are not part of
 * it, nor how many steps are trained (a longer run continues a shorter one exactly).
 *
 * <p>Its hash names the weights: checkpoints and results carry it, so that nothing trained on
 * other inputs is ever resumed or reported, and a unit whose identity changed is retrained with
 * the parts that changed said.
 *
 * @param parts the canonical text of each part, in a fixed order
 */
public record TrainingIdentity(Map<String, String> parts) {

    /** Copies the parts. */
    public TrainingIdentity {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * The identity of one unit of an experiment, trained with one seed on a dataset.
     *
     * @param config the experiment
     * @param unit one of its units
     * @param seed the training seed
     * @param dataset the dataset it trains on
     * @return the identity
     */
    public static TrainingIdentity of(ExperimentConfig config, UnitConfig unit, int seed, AutocompleteDataset dataset) {
        return of(config, unit, seed, dataset.key());
    }

    /**
     * The identity of one unit of an experiment, trained with one seed on the dataset of a cache key.
     *
     * @param config the experiment
     * @param unit one of its units
     * @param seed the training seed
     * @param datasetKey the dataset's cache key ({@link AutocompleteDataset#key()}), known without
     *     building the dataset ({@link io.github.rnnmem.experiments.data.DatasetCache#key})
     * @return the identity
     */
    public static TrainingIdentity of(ExperimentConfig config, UnitConfig unit, int seed, String datasetKey) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("dataset", datasetKey);
        parts.putAll(config.weightDecidingSettings(unit));
        parts.put("seed", Integer.toString(seed));
        return new TrainingIdentity(parts);
    }

    /**
     * The SHA-256 of the parts.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String hash() {
        StringBuilder text = new StringBuilder();
        parts.forEach((name, value) -> text.append(name).append('\0').append(value).append('\0'));
        return Digests.sha256(text.toString());
    }

    /**
     * What differs from an earlier identity, for a person: one item per changed line, {@code
     * "training: learning_rate: 0.005 -> 0.001"}, or per changed part.
     *
     * @param earlier the identity the unit was trained with
     * @return the changes, empty when the identities are equal
     */
    public List<String> changesFrom(TrainingIdentity earlier) {
        List<String> changes = new ArrayList<>();
        for (String name : parts.keySet()) {
            String before = earlier.parts.get(name);
            String now = parts.get(name);
            if (Objects.equals(before, now)) {
                continue;
            }
            if (before == null) {
                changes.add(name + " was not recorded");
                continue;
            }
            List<String> removed = lines(before, now);
            List<String> added = lines(now, before);
            if (name.equals("dataset")) {
                List<String> files = corpusFileChanges(removed, added);
                removed.removeIf(line -> line.contains("\t"));
                added.removeIf(line -> line.contains("\t"));
                if (!files.isEmpty() && removed.isEmpty() && added.isEmpty()) {
                    changes.add(name + ": " + String.join(", ", files));
                    continue;
                }
            }
            if (removed.size() == 1 && added.size() == 1) {
                changes.add(name + ": " + change(removed.get(0), added.get(0)));
            } else {
                changes.add(name + " changed" + (added.isEmpty() ? "" : ": now " + String.join("; ", added)));
            }
        }
        return changes;
    }

    /** {@code "key: a -> b"} for two lines of the same key, else {@code "line -> line"}. */
    private static String change(String before, String after) {
        int colon = before.indexOf(": ");
        if (colon > 0 && after.startsWith(before.substring(0, colon + 2))) {
            return before + " -> " + after.substring(colon + 2);
        }
        return before + " -> " + after;
    }

    /** The lines of {@code text} that {@code other} does not have, trimmed. */
    private static List<String> lines(String text, String other) {
        List<String> theirs = other.lines().map(String::strip).toList();
        return new ArrayList<>(text.lines().map(String::strip).filter(line -> !line.isEmpty() && !theirs.contains(line))
                .toList());
    }

    /**
     * The changed files of a corpus fingerprint, for a person: a fingerprint line is a file's
     * name, then its size, then its modification time (milliseconds), separated by tabs.
     */
    private static List<String> corpusFileChanges(List<String> removed, List<String> added) {
        Map<String, String[]> before = fileLines(removed);
        Map<String, String[]> now = fileLines(added);
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String[]> file : now.entrySet()) {
            String[] earlier = before.get(file.getKey());
            String[] later = file.getValue();
            if (earlier == null) {
                changes.add("corpus file " + file.getKey() + " added");
            } else if (!earlier[1].equals(later[1])) {
                changes.add("corpus file " + file.getKey() + " changed: " + bytes(earlier[1]) + " -> " + bytes(later[1]));
            } else {
                changes.add("corpus file " + file.getKey() + " changed: modified " + time(earlier[later.length - 1])
                        + " -> " + time(later[later.length - 1]));
            }
        }
        before.keySet().stream().filter(name -> !now.containsKey(name))
                .forEach(name -> changes.add("corpus file " + name + " removed"));
        return changes;
    }

    private static Map<String, String[]> fileLines(List<String> lines) {
        Map<String, String[]> files = new LinkedHashMap<>();
        lines.stream().filter(line -> line.contains("\t")).map(line -> line.split("\t"))
                .filter(cells -> cells.length >= 3).forEach(cells -> files.put(cells[0], cells));
        return files;
    }

    private static String bytes(String count) {
        try {
            return String.format(Locale.ROOT, "%,d bytes", Long.parseLong(count));
        } catch (NumberFormatException e) {
            return count;
        }
    }

    private static String time(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis)).toString();
        } catch (NumberFormatException e) {
            return millis;
        }
    }

    /**
     * The identity as {@code identity.json} records it: its hash and its parts.
     *
     * @return the recorded identity
     */
    public RecordedIdentity recorded() {
        return new RecordedIdentity(hash(), parts);
    }

    /**
     * Reads an identity from the text of an {@code identity.json}.
     *
     * @param text the JSON text
     * @return the identity
     * @throws IllegalArgumentException when the text is not a recorded identity
     */
    public static TrainingIdentity fromJson(String text) {
        return new TrainingIdentity(RecordedIdentity.fromJson(text).parts());
    }
}
