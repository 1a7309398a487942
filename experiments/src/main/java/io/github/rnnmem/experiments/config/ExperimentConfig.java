package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.Relations;
import io.github.rnnmem.experiments.settings.Setting;
import io.github.rnnmem.experiments.settings.Values;
import io.github.rnnmem.experiments.settings.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One experiment, as declared by a YAML file: which units to train on which corpus, how, and
 * which analyses to run. Read one with {@link ConfigLoader}; the schema with every key's type,
 * range, default and meaning is {@link ConfigSchema#describe()}.
 *
 * <p>The record renders itself in a canonical YAML form ({@link #canonicalYaml()}): every default
 * filled in, keys in schema order, so that loading it again gives an equal record. {@link
 * #configHash()} hashes that form without {@code output}, so two experiments that would compute the
 * same thing have the same hash wherever their results go.
 *
 * @param seeds when not empty, every unit is trained once per seed (initialisation and shuffling);
 *     empty when not given
 * @param units the units to train, at least one, with distinct labels
 * @param output the run directory, relative to the working directory unless absolute
 */
public record ExperimentConfig(
        @Setting(value = "names the experiment and its default run directory", format = ValueFormats.Name.class)
        String name,
        @Setting(value = "seeds the dataset split, and shuffling and initialisation unless seeds is given",
                range = "[0, 2147483647]", fallback = "" + ARTICLE_SEED)
        int seed,
        @Setting(value = "train every unit once per seed (initialisation and shuffling) and report mean and spread;"
                + " the split still uses seed", range = "[0, 2147483647]")
        List<Integer> seeds,
        @Setting(value = "the DJL engine", fallback = "mxnet") EngineChoice engine,
        @Setting(value = "where to compute: auto takes the first GPU the engine sees, else the CPU", fallback = "auto",
                format = ValueFormats.Device.class)
        DeviceChoice device,
        @Setting("the text the dataset is built from") CorpusConfig corpus,
        @Setting(value = "how the corpus becomes sequences and word targets", fallback = Setting.DEFAULTS)
        DatasetConfig dataset,
        @Setting(value = "the layers every model shares around its units", fallback = Setting.DEFAULTS)
        ModelConfig model,
        @Setting(value = "the recurrent units trained and compared, each with its own layers and hyperparameters",
                format = UnitListFormat.class)
        List<UnitConfig> units,
        @Setting(value = "how each unit is trained", fallback = Setting.DEFAULTS) TrainingConfig training,
        @Setting(value = "the analyses run on every trained unit", fallback = Setting.DEFAULTS) AnalysisConfig analysis,
        @Setting(value = "how the report draws the run", fallback = Setting.DEFAULTS) ReportConfig report,
        @Setting(value = "the run directory: resolved configuration, checkpoints, results, figures and report",
                derived = "runs/<name>", format = ValueFormats.PathFromWorkingDirectory.class)
        Path output) {

    /** The seed of the article's code. */
    public static final int ARTICLE_SEED = 450_849_059;

    /**
     * Copies the lists and checks the values against their declarations and the rules between
     * them, except that defaults are not filled in: every component is required ({@code seeds} may
     * be empty).
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ExperimentConfig {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        units = units == null ? null : List.copyOf(units);
        ConfigSchema.verify(ExperimentConfig.class, name, seed, seeds, engine, device, corpus, dataset, model, units,
                training, analysis, report, output);
    }

    /**
     * The seeds the units are trained with.
     *
     * @return {@code seeds} when given, else {@code [seed]}
     */
    public List<Integer> trainingSeeds() {
        return seeds.isEmpty() ? List.of(seed) : seeds;
    }

    /**
     * This experiment as YAML: every default filled in, keys in schema order. The run directory
     * stores it as {@code experiment.yaml}; loading it again gives an equal record.
     *
     * @return the canonical YAML text
     */
    public String canonicalYaml() {
        return ConfigSchema.yaml(ConfigSchema.plain(this));
    }

    /**
     * The SHA-256 hash of the canonical YAML without {@code output}: equal for experiments that
     * compute the same thing, different as soon as any other setting differs.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String configHash() {
        Map<String, Object> plain = ConfigSchema.plain(this);
        plain.remove("output");
        return Digests.sha256(ConfigSchema.yaml(plain));
    }

    /**
     * The settings that decide one unit's trained weights, besides the dataset (identified by its
     * cache key) and the seed: the canonical YAML of the model section, of the unit's entry and of
     * the weight-deciding part of the training section ({@link
     * TrainingConfig#weightDecidingSettings()}), and the engine. Analysis settings, output and the
     * other units are not among them.
     *
     * @param unit one of this experiment's units
     * @return the parts by name, in a fixed order
     */
    public Map<String, String> weightDecidingSettings(UnitConfig unit) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("model", ConfigSchema.yaml(Map.of("model", ConfigSchema.plain(model))));
        parts.put("unit", ConfigSchema.yaml(Map.of("units", new UnitListFormat().plain(List.of(unit)))));
        parts.put("training", ConfigSchema.yaml(Map.of("training", training.weightDecidingSettings())));
        parts.put("engine", engine.djlName());
        return parts;
    }

    /**
     * The run directory defaults to {@code runs/<name>}; labels name result directories, so no two
     * units may share one; no unit suggests more words than the vocabulary holds.
     */
    static Relations relations() {
        return new Relations()
                .derive("output", values -> Path.of("runs", values.<String>get("name")))
                .check(ExperimentConfig::distinctLabels)
                .check(ExperimentConfig::suggestionsWithinVocabulary);
    }

    private static List<Violation> distinctLabels(Values values) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        List<UnitConfig> units = values.get("units");
        for (int i = 0; i < units.size(); i++) {
            String label = units.get(i).label();
            Integer earlier = first.putIfAbsent(label, i);
            if (earlier != null) {
                String path = ConfigPaths.child(ConfigPaths.item("units", i), "label");
                String expected = "a label no other unit has (units[" + earlier + "] has it; set label to tell them apart)";
                violations.add(new Violation(path, expected, label));
            }
        }
        return violations;
    }

    private static List<Violation> suggestionsWithinVocabulary(Values values) {
        int vocabulary = values.<DatasetConfig>get("dataset").vocabulary();
        int suggested = values.<AnalysisConfig>get("analysis").suggestions().topK();
        return suggested <= vocabulary
                ? List.of()
                : List.of(new Violation("analysis.suggestions.top_k",
                        "at most dataset.vocabulary (" + vocabulary + ") words", suggested));
    }
}
