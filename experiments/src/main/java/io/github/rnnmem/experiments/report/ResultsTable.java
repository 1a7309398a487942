package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results of a run, one row per model (a unit with one setting of the grid; seeds pooled as
 * mean ± sample standard deviation) and a row for the most-frequent-word baseline; rendered for the
 * console, as Markdown and as report table cells.
 */
public final class ResultsTable {

    /** The column headings. */
    static final List<String> HEADER = List.of(
            "model", "seeds", "steps", "train time", "cross entropy", "per char", "accuracy (article)", "accuracy (masked)");

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Builds the table.
     *
     * @param summary the run
     */
    public ResultsTable(RunSummary summary) {
        Map<String, List<UnitSummary>> byModel = new LinkedHashMap<>();
        for (UnitSummary unit : summary.units()) {
            byModel.computeIfAbsent(unit.task().model(), k -> new ArrayList<>()).add(unit);
        }
        byModel.forEach((model, seeds) -> rows.add(row(model, seeds)));
        MostFrequentWordBaseline baseline = summary.dataset().mostFrequentWordBaseline();
        rows.add(List.of("baseline: always \"" + baseline.word() + "\"", "", "", "", "", "",
                percent(baseline.accuracyArticle()), percent(baseline.accuracyMasked())));
    }

    private static List<String> row(String label, List<UnitSummary> seeds) {
        List<UnitSummary> tested = seeds.stream().filter(u -> u.test().isPresent()).toList();
        if (tested.isEmpty()) {
            UnitSummary first = seeds.stream().filter(u -> u.failure().isPresent()).findFirst().orElse(seeds.get(0));
            return List.of(label, String.valueOf(seeds.size()), String.format(Locale.ROOT, "%,d", first.steps()),
                    "", first.untested(), "", "", "");
        }
        List<TestMetrics> metrics = tested.stream().map(u -> u.test().orElseThrow()).toList();
        return List.of(
                label,
                tested.size() == seeds.size() ? String.valueOf(seeds.size()) : tested.size() + " of " + seeds.size(),
                String.format(Locale.ROOT, "%,d", tested.get(0).steps()),
                String.format(Locale.ROOT, "%.1f min", tested.stream().mapToDouble(UnitSummary::seconds).average().orElse(0) / 60),
                spread(metrics, TestMetrics::crossEntropy, "%.4f", 1),
                spread(metrics, TestMetrics::crossEntropyPerCharacter, "%.4f", 1),
                spread(metrics, TestMetrics::accuracyArticle, "%.2f%%", 100),
                spread(metrics, TestMetrics::accuracyMasked, "%.2f%%", 100));
    }

    private static String spread(List<TestMetrics> metrics, ToDoubleFunction<TestMetrics> value, String format, double scale) {
        double mean = metrics.stream().mapToDouble(value).average().orElseThrow();
        String text = number(format, mean * scale);
        if (metrics.size() < 2) {
            return text;
        }
        double squares = metrics.stream().mapToDouble(m -> Math.pow(value.applyAsDouble(m) - mean, 2)).sum();
        return text + " ± " + number(format, Math.sqrt(squares / (metrics.size() - 1)) * scale);
    }

    /** A number in the column's format, or in scientific notation when it would not fit. */
    private static String number(String format, double value) {
        return Math.abs(value) < 1e6 ? String.format(Locale.ROOT, format, value) : String.format(Locale.ROOT, "%.3e", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /**
     * The table's cells.
     *
     * @return the table, the model column as text and the others as numbers
     */
    ReportTable table() {
        return new ReportTable(HEADER, rows, 1);
    }

    /**
     * The table for a console.
     *
     * @return aligned text
     */
    public String text() {
        return table().text();
    }

    /**
     * The table in Markdown.
     *
     * @return a Markdown table
     */
    public String markdown() {
        return table().markdown();
    }
}
