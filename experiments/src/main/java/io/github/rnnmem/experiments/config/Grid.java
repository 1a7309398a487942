package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Values;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.settings.Binding;
import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.ConfigProblem;
import io.github.rnnmem.experiments.settings.Location;
import io.github.rnnmem.experiments.settings.RecordFormat;
import io.github.rnnmem.experiments.settings.RecordSettings;
import io.github.rnnmem.experiments.settings.SchemaRow;
import io.github.rnnmem.experiments.settings.Source;
import io.github.rnnmem.experiments.settings.YamlList;
import io.github.rnnmem.experiments.settings.YamlMap;
import io.github.rnnmem.experiments.settings.YamlNode;
import io.github.rnnmem.experiments.settings.YamlReader;
import io.github.rnnmem.experiments.settings.YamlScalar;
import io.github.rnnmem.experiments.settings.YamlWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code grid:} key of an experiment file: settings that take several values, every
 * combination of them one experiment.
 *
 * <pre>{@code
 * grid:
 *   units[0].hidden: [128, 256]          # any path --set takes
 *   training.learning_rate: [0.001, 0.005]
 * }</pre>
 *
 * <p>The grid is its own step between reading and binding: it takes {@code grid} off the YAML tree
 * (after the command line's overrides), sets each combination of values on the rest as {@code
 * --set} would, and binds every combination to an {@link ExperimentConfig}. Every problem of every
 * combination is collected, located at the line it comes from (a grid value's own line when the
 * value is wrong), once, and marked with the grid point it belongs to when not every point has it.
 * The keys that decide the dataset ({@code seed}, {@code corpus}, {@code dataset}), and {@code
 * name}, {@code seeds}, {@code engine}, {@code device}, {@code report} and {@code output}, which
 * belong to the run as a whole, are refused: one run directory holds one dataset, computes on one
 * engine and device, and has one report.
 */
final class Grid {

    /** The key of the grid in an experiment file. */
    static final String KEY = "grid";

    /** The most points a grid may have. */
    static final int MOST_POINTS = 10_000;

    private static final Set<String> FIXED = Set.of(
            KEY,
            "name", "seed", "seeds", "engine", "device", "corpus", "dataset", "report", "output");

    private static final String EXPECTED_MAPPING =
            "a mapping of settings to lists of values, such as {training.learning_rate: [0.001, 0.005]}";

    private Grid() {}

    /**
     * The grid's row of the schema table.
     *
     * @return the row
     */
    static SchemaRow schemaRow() {
        return new SchemaRow(KEY, "mapping", "path: [values]", "none",
                "trains every combination of values: each key a path as --set takes it (not under " + String.join(", ",
                        FIXED.stream().filter(key -> !key.equals(KEY)).sorted().toList())
                        + "), each value a list; results are named by the values, see the README");
    }

    /**
     * Expands a tree into the experiments of its grid.
     *
     * @param tree the experiment file's tree with the command line's overrides applied
     * @param units the units experiments may name
     * @param binding where problems of reading and overriding were reported; the grid's are added
     * @return one point per combination, in the grid's order (the first key varying slowest); a
     *     single point without values when the tree has no grid
     * @throws ConfigException listing every problem of the tree, the grid and every point
     */
    static ExperimentGrid expand(YamlNode tree, UnitRegistry units, Binding binding) {
        YamlNode rest = tree;
        List<GridAxis> axes = List.of();
        if (tree instanceof YamlMap map && map.get(KEY).isPresent()) {
            axes = axes(map.get(KEY).get(), binding);
            rest = map.without(KEY);
        }
        long count = 1;
        for (GridAxis axis : axes) {
            count = Math.min(count * axis.values().size(), MOST_POINTS + 1L);
        }
        if (count > MOST_POINTS) {
            binding.report(((YamlMap) tree).get(KEY).orElseThrow().location(), KEY, Binding.rule(String.format(Locale.ROOT,
                    "at most %,d combinations of values", MOST_POINTS), "more"));
            throw new ConfigException(binding.problems());
        }
        List<List<Integer>> combinations = combinations(axes);
        List<Binding> own = new ArrayList<>();
        List<Optional<ExperimentConfig>> configs = new ArrayList<>();
        for (List<Integer> combination : combinations) {
            if (!axes.isEmpty()) {
                Binding point = new Binding(units);
                bind(rest, axes, combination, point);
                own.add(point);
            }
            configs.add(bind(rest, axes, combination, binding));
        }
        if (binding.hasProblems()) {
            throw new ConfigException(marked(binding.problems(), own, combinations, axes));
        }
        List<GridPoint> points = new ArrayList<>();
        for (int p = 0; p < combinations.size(); p++) {
            points.add(point(axes, combinations.get(p), configs.get(p).orElseThrow(), units));
        }
        return new ExperimentGrid(points, canonical(axes, combinations, points));
    }

    /** The grid's keys, each checked; a broken key is reported and left out. */
    private static List<GridAxis> axes(YamlNode node, Binding binding) {
        if (!(node instanceof YamlMap map) || map.members().isEmpty()) {
            binding.invalid(node, KEY, EXPECTED_MAPPING);
            return List.of();
        }
        List<GridAxis> axes = new ArrayList<>();
        for (YamlMap.Member member : map.members()) {
            String where = KEY + "." + member.key();
            Optional<List<ConfigPaths.Step>> steps = ConfigPaths.parse(member.key());
            if (steps.isEmpty() || !(steps.get().get(0) instanceof ConfigPaths.Key root)) {
                binding.report(member.keyLocation(), where, Binding.rule("a path such as training.learning_rate or"
                        + " units[0].hidden", Values.render(member.key())));
                continue;
            }
            if (FIXED.contains(root.name())) {
                binding.report(member.keyLocation(), where, Binding.rule("a setting a grid may vary (not " + root.name()
                        + ": one run directory holds one dataset, name, engine, device, set of seeds and report; vary it"
                        + " in experiments of their own)", Values.render(member.key())));
                continue;
            }
            if (!(member.value() instanceof YamlList list) || list.items().isEmpty()) {
                binding.invalid(member.value(), where, "a list of at least one value, such as [0.001, 0.005]");
                continue;
            }
            GridAxis axis = new GridAxis(member.key(), steps.get(), member.keyLocation(), distinct(list, where, binding));
            Optional<GridAxis> overlapping = axes.stream().filter(axis::overlaps).findFirst();
            if (overlapping.isPresent()) {
                binding.report(member.keyLocation(), where, Binding.rule("a setting no other key of the grid holds or is"
                        + " held by (" + overlapping.get().path() + " is in the grid)", member.key()));
                continue;
            }
            axes.add(axis);
        }
        return axes;
    }

    /** The values of a list, each given once: a repeated value is reported at its line and left out. */
    private static List<YamlNode> distinct(YamlList list, String where, Binding binding) {
        List<YamlNode> values = new ArrayList<>();
        Map<Object, Location> seen = new HashMap<>();
        for (YamlNode value : list.items()) {
            Location first = seen.putIfAbsent(rawKey(value), value.location());
            if (first != null) {
                binding.report(value, where, Binding.rule("values that differ from one another (this one is given"
                        + " before, at " + first.where() + ")", value.found()));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /** A value's identity: numbers equal when they are, whatever their written form. */
    private static Object rawKey(YamlNode value) {
        Object raw = value.raw();
        return raw instanceof Number number && !(raw instanceof BigInteger) ? (Object) number.doubleValue() : raw;
    }

    /** Every combination of value indices, the first axis varying slowest. */
    private static List<List<Integer>> combinations(List<GridAxis> axes) {
        List<List<Integer>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (GridAxis axis : axes) {
            List<List<Integer>> longer = new ArrayList<>();
            for (List<Integer> prefix : combinations) {
                for (int v = 0; v < axis.values().size(); v++) {
                    List<Integer> combination = new ArrayList<>(prefix);
                    combination.add(v);
                    longer.add(combination);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    /** Sets one combination's values on the tree as {@code --set} would, and binds the result. */
    private static Optional<ExperimentConfig> bind(YamlNode tree, List<GridAxis> axes, List<Integer> combination,
            Binding binding) {
        YamlNode changed = tree;
        for (int a = 0; a < axes.size(); a++) {
            GridAxis axis = axes.get(a);
            YamlNode value = axis.values().get(combination.get(a));
            Optional<YamlNode> set = ConfigPaths.set(changed, axis.steps(), value, axis.location(), binding);
            if (set.isEmpty()) {
                return Optional.empty();
            }
            changed = set.get();
        }
        return new RecordFormat<>(RecordSettings.of(ExperimentConfig.class)).bind(changed, "", binding);
    }

    /**
     * The problems in reading order, each once; one that only some points have says the first of
     * them and how many more.
     */
    private static List<ConfigProblem> marked(List<ConfigProblem> problems, List<Binding> points,
            List<List<Integer>> combinations, List<GridAxis> axes) {
        List<Set<ConfigProblem>> found = points.stream().map(point -> Set.copyOf(point.problems())).toList();
        List<ConfigProblem> marked = new ArrayList<>();
        for (ConfigProblem problem : problems.stream().distinct().toList()) {
            List<Integer> having = new ArrayList<>();
            for (int p = 0; p < found.size(); p++) {
                if (found.get(p).contains(problem)) {
                    having.add(p);
                }
            }
            if (having.isEmpty() || having.size() == found.size()) {
                marked.add(problem);
                continue;
            }
            String point = combinationLabel(axes, combinations.get(having.get(0)));
            marked.add(new ConfigProblem(problem.where(), problem.path(), problem.rule() + " (at grid point " + point
                    + (having.size() > 1 ? " and " + (having.size() - 1) + " more" : "") + ")"));
        }
        return marked;
    }

    private static String combinationLabel(List<GridAxis> axes, List<Integer> combination) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(axes.get(a).path() + "=" + flow(axes.get(a).values().get(combination.get(a))));
        }
        return String.join(" ", parts);
    }

    /** A bound point: each value as the point's canonical YAML writes it, and each unit's setting. */
    private static GridPoint point(List<GridAxis> axes, List<Integer> combination, ExperimentConfig config,
            UnitRegistry units) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!axes.isEmpty()) {
            Binding scratch = new Binding(units);
            YamlNode canonical = YamlReader.read(config.canonicalYaml(), Source.file("canonical", Path.of("/")), scratch)
                    .orElseThrow(() -> new IllegalStateException("canonical YAML does not read: " + scratch.problems()));
            for (int a = 0; a < axes.size(); a++) {
                GridAxis axis = axes.get(a);
                YamlNode value = ConfigPaths.find(canonical, axis.steps()).orElse(axis.values().get(combination.get(a)));
                values.put(axis.path(), flow(value));
            }
        }
        List<GridSetting> settings = new ArrayList<>();
        for (int u = 0; u < config.units().size(); u++) {
            int unit = u;
            List<GridAxis> own = axes.stream().filter(axis -> axis.unitIndex().map(i -> i == unit).orElse(true)).toList();
            Map<String, Long> shortNames = own.stream().collect(Collectors.groupingBy(axis -> axis.name(false),
                    Collectors.counting()));
            Map<String, String> setting = new LinkedHashMap<>();
            for (GridAxis axis : own) {
                setting.put(axis.name(shortNames.get(axis.name(false)) > 1), values.get(axis.path()));
            }
            settings.add(new GridSetting(setting));
        }
        return new GridPoint(values, config, settings);
    }

    /** The grid in canonical YAML: keys as written, each value as the points' canonical YAML writes it. */
    private static String canonical(List<GridAxis> axes, List<List<Integer>> combinations, List<GridPoint> points) {
        if (axes.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(KEY + ":\n");
        for (int a = 0; a < axes.size(); a++) {
            GridAxis axis = axes.get(a);
            List<String> values = new ArrayList<>();
            for (int v = 0; v < axis.values().size(); v++) {
                for (int p = 0; p < points.size(); p++) {
                    if (combinations.get(p).get(a) == v) {
                        values.add(points.get(p).values().get(axis.path()));
                        break;
                    }
                }
            }
            text.append("  ").append(axis.path()).append(": [").append(String.join(", ", values)).append("]\n");
        }
        return text.toString();
    }

    /** A value in YAML flow style, as one line. */
    static String flow(YamlNode node) {
        if (node instanceof YamlList list) {
            return list.items().stream().map(Grid::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof YamlMap map) {
            return map.members().stream().map(m -> YamlWriter.inline(m.key()) + ": " + flow(m.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (node instanceof YamlScalar scalar && scalar.value() != null) {
            return YamlWriter.inline(scalar.value());
        }
        return "null";
    }
}
