package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.config.internal.ConfigPaths;
import io.github.rnnmem.experiments.config.internal.EnumRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerListRule;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.PathRule;
import io.github.rnnmem.experiments.config.internal.PatternRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import io.github.rnnmem.experiments.config.internal.Violation;
import io.github.rnnmem.experiments.config.internal.YamlWriter;
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
 * @param name the experiment's name, {@code [a-z0-9][a-z0-9._-]*}
 * @param seed seeds the dataset split, and shuffling and initialisation unless {@code seeds} is
 *     given; in [0, 2147483647]
 * @param seeds when not empty, every unit is trained once per seed (initialisation and shuffling);
 *     distinct, each in [0, 2147483647]; empty when not given
 * @param engine the DJL engine
 * @param device the device to compute on
 * @param corpus the text the dataset is built from
 * @param dataset how the corpus becomes sequences
 * @param model what every model shares around its units
 * @param units the units to train, at least one, with distinct labels
 * @param training how each unit is trained
 * @param analysis the analyses run on every trained unit
 * @param output the run directory, relative to the working directory unless absolute
 */
public record ExperimentConfig(
        String name,
        int seed,
        List<Integer> seeds,
        EngineChoice engine,
        DeviceChoice device,
        CorpusConfig corpus,
        DatasetConfig dataset,
        ModelConfig model,
        List<UnitConfig> units,
        TrainingConfig training,
        AnalysisConfig analysis,
        Path output) {

    /** The seed of the article's code. */
    public static final int ARTICLE_SEED = 450_849_059;

    private static final Domain.IntegerRange SEED_RANGE = new Domain.IntegerRange(0, Integer.MAX_VALUE);

    static final Setting<String> NAME = new Setting<>(
            "name", PatternRule.name(), Fallback.required(), "names the experiment and its default run directory");
    static final Setting<Integer> SEED = new Setting<>(
            "seed",
            new IntegerRule(SEED_RANGE),
            Fallback.value(ARTICLE_SEED),
            "seeds the dataset split, and shuffling and initialisation unless seeds is given");
    static final Setting<List<Integer>> SEEDS = new Setting<>(
            "seeds",
            new IntegerListRule(SEED_RANGE),
            Fallback.none(),
            "train every unit once per seed (initialisation and shuffling) and report mean and spread;"
                    + " the split still uses seed");
    static final Setting<EngineChoice> ENGINE = new Setting<>(
            "engine", EnumRule.of(EngineChoice.class), Fallback.value(EngineChoice.MXNET), "the DJL engine");
    static final Setting<DeviceChoice> DEVICE = new Setting<>(
            "device",
            new DeviceRule(),
            Fallback.value(DeviceChoice.auto()),
            "where to compute: auto takes the first GPU the engine sees, else the CPU");
    static final UnitListEntry UNITS = new UnitListEntry();
    static final Setting<Path> OUTPUT = new Setting<>(
            "output",
            new PathRule(false),
            Fallback.derived("runs/<name>", fields -> Path.of("runs", fields.get(NAME))),
            "the run directory: resolved configuration, checkpoints, results, figures and report");

    static final Section<ExperimentConfig> SECTION = new Section<>(
            "",
            "an experiment",
            Fallback.required(),
            ExperimentConfig.class,
            new Table(
                    List.of(
                            NAME,
                            SEED,
                            SEEDS,
                            ENGINE,
                            DEVICE,
                            CorpusConfig.SECTION,
                            DatasetConfig.SECTION,
                            ModelConfig.SECTION,
                            UNITS,
                            TrainingConfig.SECTION,
                            AnalysisConfig.SECTION,
                            OUTPUT),
                    List.of(ExperimentConfig::distinctLabels)),
            fields -> new ExperimentConfig(
                    fields.get(NAME),
                    fields.get(SEED),
                    fields.optional(SEEDS).orElse(List.of()),
                    fields.get(ENGINE),
                    fields.get(DEVICE),
                    fields.get(CorpusConfig.SECTION),
                    fields.get(DatasetConfig.SECTION),
                    fields.get(ModelConfig.SECTION),
                    fields.get(UNITS),
                    fields.get(TrainingConfig.SECTION),
                    fields.get(AnalysisConfig.SECTION),
                    fields.get(OUTPUT)),
            ExperimentConfig::fields);

    /**
     * Copies the lists and checks the values against the same rules as a YAML file, except that
     * defaults are not filled in: every component is required ({@code seeds} may be empty).
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ExperimentConfig {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        units = units == null ? null : List.copyOf(units);
        SECTION.verify(fields(
                name, seed, seeds, engine, device, corpus, dataset, model, units, training, analysis, output));
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
        return yaml(fields(this));
    }

    /**
     * The SHA-256 hash of the canonical YAML without {@code output}: equal for experiments that
     * compute the same thing, different as soon as any other setting differs.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String configHash() {
        return Digests.sha256(yaml(fields(this).without(OUTPUT)));
    }

    /**
     * The settings that decide one unit's trained weights, besides the dataset (identified by its
     * cache key) and the seed: the canonical YAML of the model section, of the unit's entry and of
     * the weight-deciding part of the training section ({@link TrainingConfig#weightDecidingYaml()}),
     * and the engine. Analysis settings, output and the other units are not among them.
     *
     * @param unit one of this experiment's units
     * @return the parts by name, in a fixed order
     */
    public Map<String, String> weightDecidingSettings(UnitConfig unit) {
        Map<String, String> parts = new LinkedHashMap<>();
        YamlWriter model = new YamlWriter();
        ModelConfig.SECTION.write(this.model, model);
        parts.put("model", model.text());
        YamlWriter entry = new YamlWriter();
        UNITS.write(List.of(unit), entry);
        parts.put("unit", entry.text());
        parts.put("training", training.weightDecidingYaml());
        parts.put("engine", engine.djlName());
        return parts;
    }

    private static String yaml(Fields fields) {
        YamlWriter out = new YamlWriter();
        SECTION.writeFields(fields, out);
        return out.text();
    }

    private static Fields fields(ExperimentConfig config) {
        return fields(
                config.name,
                config.seed,
                config.seeds,
                config.engine,
                config.device,
                config.corpus,
                config.dataset,
                config.model,
                config.units,
                config.training,
                config.analysis,
                config.output);
    }

    private static Fields fields(
            String name,
            int seed,
            List<Integer> seeds,
            EngineChoice engine,
            DeviceChoice device,
            CorpusConfig corpus,
            DatasetConfig dataset,
            ModelConfig model,
            List<UnitConfig> units,
            TrainingConfig training,
            AnalysisConfig analysis,
            Path output) {
        return new Fields()
                .put(NAME, name)
                .put(SEED, seed)
                .put(SEEDS, seeds == null || seeds.isEmpty() ? null : seeds)
                .put(ENGINE, engine)
                .put(DEVICE, device)
                .put(CorpusConfig.SECTION, corpus)
                .put(DatasetConfig.SECTION, dataset)
                .put(ModelConfig.SECTION, model)
                .put(UNITS, units)
                .put(TrainingConfig.SECTION, training)
                .put(AnalysisConfig.SECTION, analysis)
                .put(OUTPUT, output);
    }

    /** Labels name result directories, so no two units may share one. */
    private static List<Violation> distinctLabels(Fields fields) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        List<UnitConfig> units = fields.get(UNITS);
        for (int i = 0; i < units.size(); i++) {
            String label = units.get(i).label();
            Integer earlier = first.putIfAbsent(label, i);
            if (earlier != null) {
                String path = ConfigPaths.child(ConfigPaths.item(UNITS.key(), i), UnitConfig.LABEL.key());
                String expected = "a label no other unit has (units[" + earlier + "] has it; set label to tell them apart)";
                violations.add(new Violation(path, expected, label));
            }
        }
        return violations;
    }
}
