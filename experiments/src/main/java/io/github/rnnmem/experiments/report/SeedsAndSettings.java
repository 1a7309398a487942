package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.Headline;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.evaluation.SeedSpread;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What the reviewers of a single-seed result ask for: every metric of every model (a unit with one
 * setting of the grid) over its seeds, as mean, standard deviation and 95% interval ({@link
 * SeedSpread}); and, per unit, its best setting chosen on the mean final validation loss, with that
 * setting's test results, so that no unit is judged by a setting tuned on the test split.
 *
 * <p>The metrics are the final validation loss, the test metrics and every analysis's {@link
 * Analysis#headlines headlines} (such as the share of connectivity on earlier words).
 */
final class SeedsAndSettings {

    private static final List<String> SPREAD_HEADER = List.of("model", "metric", "seeds", "mean", "sd", "95% interval");
    private static final List<String> BEST_HEADER = List.of("unit", "best setting", "seeds", "validation loss",
            "cross entropy", "accuracy (article)", "accuracy (masked)");

    /** One unit's metrics by name, in order, with how each is written. */
    private record Measured(UnitSummary unit, Map<String, Headline> metrics) {}

    private final Map<String, List<Measured>> models = new LinkedHashMap<>();

    /**
     * Measures every unit whose training finished (it has test results): a unit still training
     * has no final validation loss yet.
     *
     * @param units the run's current units, in order
     * @param files the same units' files, in the same order
     * @param analyses the analyses whose headlines are compared
     */
    SeedsAndSettings(List<UnitSummary> units, List<UnitFiles> files, List<Analysis<?>> analyses) {
        for (int i = 0; i < units.size(); i++) {
            UnitSummary unit = units.get(i);
            if (unit.test().isEmpty()) {
                continue;
            }
            Map<String, Headline> metrics = new LinkedHashMap<>();
            put(metrics, new Headline("validation loss (final)", unit.finalValidationLoss().orElse(Double.NaN),
                    Headline.Kind.NATS));
            put(metrics, test(unit, "cross entropy", TestMetrics::crossEntropy, Headline.Kind.NATS));
            put(metrics, test(unit, "cross entropy per character", TestMetrics::crossEntropyPerCharacter,
                    Headline.Kind.NATS));
            put(metrics, test(unit, "accuracy (article)", TestMetrics::accuracyArticle, Headline.Kind.SHARE));
            put(metrics, test(unit, "accuracy (masked)", TestMetrics::accuracyMasked, Headline.Kind.SHARE));
            for (Analysis<?> analysis : analyses) {
                analysis.headlines(files.get(i)).forEach(headline -> put(metrics, headline));
            }
            models.computeIfAbsent(unit.task().model(), key -> new ArrayList<>()).add(new Measured(unit, metrics));
        }
    }

    private static void put(Map<String, Headline> metrics, Headline headline) {
        metrics.put(headline.name(), headline);
    }

    private static Headline test(UnitSummary unit, String name, ToDoubleFunction<TestMetrics> value,
            Headline.Kind kind) {
        return new Headline(name, unit.test().map(value::applyAsDouble).orElse(Double.NaN), kind);
    }

    /**
     * Every metric of every model over its seeds, when some model has more than one.
     *
     * @return one row per model and metric, or empty when every model has one seed
     */
    Optional<ReportTable> spread() {
        if (models.values().stream().allMatch(seeds -> seeds.size() < 2)) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        models.forEach((model, seeds) -> {
            Map<String, Headline> kinds = new LinkedHashMap<>();
            seeds.forEach(seed -> seed.metrics().forEach(kinds::putIfAbsent));
            kinds.forEach((name, kind) -> {
                SeedSpread spread = spread(seeds, name);
                if (spread.n() > 0) {
                    rows.add(List.of(model, name, String.valueOf(spread.n()), kind.format(spread.mean()),
                            spread.n() > 1 ? kind.format(spread.sd()) : "",
                            spread.n() > 1
                                    ? "[" + kind.formatBound(spread.lower()) + ", " + kind.formatBound(spread.upper()) + "]"
                                    : ""));
                }
            });
        });
        return Optional.of(new ReportTable(SPREAD_HEADER, rows, 2));
    }

    /**
     * Every unit's setting with the lowest mean final validation loss over its seeds, and that
     * setting's test results, when some unit has more than one setting.
     *
     * @return one row per unit label, or empty when no unit has two settings
     */
    Optional<ReportTable> best() {
        Map<String, List<String>> modelsByLabel = new LinkedHashMap<>();
        models.forEach((model, seeds) -> modelsByLabel.computeIfAbsent(seeds.get(0).unit().task().label(),
                key -> new ArrayList<>()).add(model));
        if (modelsByLabel.values().stream().allMatch(list -> list.size() < 2)) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        modelsByLabel.forEach((label, candidates) -> {
            String best = null;
            double lowest = Double.POSITIVE_INFINITY;
            for (String model : candidates) {
                double loss = spread(models.get(model), "validation loss (final)").mean();
                if (loss < lowest) {
                    lowest = loss;
                    best = model;
                }
            }
            if (best == null) {
                rows.add(List.of(label, "none validated yet", "", "", "", "", ""));
                return;
            }
            List<Measured> seeds = models.get(best);
            String setting = seeds.get(0).unit().task().setting().label();
            rows.add(List.of(label, setting.isEmpty() ? "(the grid sets nothing of it)" : setting,
                    String.valueOf(seeds.size()),
                    String.format(Locale.ROOT, "%.4f", lowest), cell(seeds, "cross entropy"),
                    cell(seeds, "accuracy (article)"), cell(seeds, "accuracy (masked)")));
        });
        return Optional.of(new ReportTable(BEST_HEADER, rows, 2));
    }

    private static String cell(List<Measured> seeds, String metric) {
        SeedSpread spread = spread(seeds, metric);
        if (spread.n() == 0) {
            return "not tested yet";
        }
        Headline kind = seeds.get(0).metrics().get(metric);
        return spread.n() == 1 ? kind.format(spread.mean())
                : kind.format(spread.mean()) + " ± " + kind.format(spread.sd());
    }

    private static SeedSpread spread(List<Measured> seeds, String metric) {
        return SeedSpread.of(seeds.stream()
                .map(seed -> seed.metrics().containsKey(metric) ? seed.metrics().get(metric).value() : Double.NaN)
                .toList());
    }
}
