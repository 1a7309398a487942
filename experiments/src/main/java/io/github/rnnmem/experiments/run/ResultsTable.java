package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.text.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results of a run, one row per unit (seeds pooled as mean ± sample standard deviation) and
 * a row for the most-frequent-word baseline; rendered for the console and as Markdown.
 */
public final class ResultsTable {

    private static final String[] HEADER = {
        "model", "seeds", "steps", "train time", "cross entropy", "per char", "accuracy (article)", "accuracy (masked)"
    };

    private final List<String[]> rows = new ArrayList<>();

    /**
     * Builds the table.
     *
     * @param results every unit and seed, in run order
     * @param baseline the most-frequent-word baseline on the test split
     * @param baselineWord the most frequent word
     */
    public ResultsTable(List<UnitResult> results, MostFrequentWordBaseline baseline, String baselineWord) {
        Map<String, List<UnitResult>> byLabel = new LinkedHashMap<>();
        for (UnitResult result : results) {
            byLabel.computeIfAbsent(result.label(), k -> new ArrayList<>()).add(result);
        }
        for (Map.Entry<String, List<UnitResult>> entry : byLabel.entrySet()) {
            rows.add(row(entry.getKey(), entry.getValue()));
        }
        rows.add(new String[] {
            "baseline: always \"" + baselineWord + "\"", "", "", "", "", "",
            percent(baseline.articleAccuracy()), percent(baseline.maskedAccuracy())
        });
    }

    private static String[] row(String label, List<UnitResult> seeds) {
        List<UnitResult> done = seeds.stream().filter(r -> r.metrics().isPresent()).toList();
        if (done.isEmpty()) {
            return new String[] {label, String.valueOf(seeds.size()), "", "", "failed: " + seeds.get(0).failure().orElse(""),
                "", "", ""};
        }
        List<TestMetrics> metrics = done.stream().map(r -> r.metrics().orElseThrow()).toList();
        String seedCount = done.size() == seeds.size() ? String.valueOf(seeds.size()) : done.size() + " of " + seeds.size();
        return new String[] {
            label,
            seedCount,
            String.format(Locale.ROOT, "%,d", done.get(0).steps()),
            minutes(done.stream().mapToDouble(UnitResult::seconds).average().orElse(0)),
            spread(metrics, TestMetrics::crossEntropy, "%.4f", 1),
            spread(metrics, TestMetrics::crossEntropyPerCharacter, "%.4f", 1),
            spread(metrics, TestMetrics::articleAccuracy, "%.2f%%", 100),
            spread(metrics, TestMetrics::maskedAccuracy, "%.2f%%", 100)
        };
    }

    private static String spread(List<TestMetrics> metrics, ToDoubleFunction<TestMetrics> value, String format, double scale) {
        double mean = metrics.stream().mapToDouble(value).average().orElseThrow();
        String text = String.format(Locale.ROOT, format, mean * scale);
        if (metrics.size() < 2) {
            return text;
        }
        double squares = metrics.stream().mapToDouble(m -> Math.pow(value.applyAsDouble(m) - mean, 2)).sum();
        double deviation = Math.sqrt(squares / (metrics.size() - 1));
        return text + " ± " + String.format(Locale.ROOT, format, deviation * scale);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }

    /**
     * The table for a console.
     *
     * @return aligned text
     */
    public String text() {
        TextTable table = new TextTable(HEADER).numeric(1, 2, 3, 4, 5, 6, 7);
        rows.forEach(row -> table.row((Object[]) row));
        return table.render(0);
    }

    /**
     * The table in Markdown.
     *
     * @return a Markdown table
     */
    public String markdown() {
        StringBuilder text = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|---|");
        text.append("---:|".repeat(HEADER.length - 1)).append('\n');
        for (String[] row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return text.toString();
    }
}
