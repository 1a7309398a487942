package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.analysis.suggestions.SuggestionsAnalysis;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.settings.YamlNames;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The connectivity figure's data for one unit and one text: at every position {@code t}, the
 * suggestions, the class whose score was differentiated and the connectivity row ({@link
 * GradientRows}).
 */
public final class TextConnectivity {

    private final AnalysedText text;
    private final ConnectivityConfig settings;
    private final int topK;
    private final Vocabulary vocabulary;
    private final List<List<Suggestion>> suggestions;
    private final int[] classes;
    private final float[][] rows;

    private TextConnectivity(AnalysedText text, ConnectivityConfig settings, int topK, Vocabulary vocabulary,
            List<List<Suggestion>> suggestions, int[] classes, float[][] rows) {
        this.text = text;
        this.settings = settings;
        this.topK = topK;
        this.vocabulary = vocabulary;
        this.suggestions = suggestions;
        this.classes = classes;
        this.rows = rows;
    }

    /**
     * Computes the suggestions and every row of a text for a unit.
     *
     * @param unit the trained unit
     * @param text the text, read against the unit's vocabulary
     * @param settings what the gradient is taken of and with respect to, and its norm (its text is
     *     not read)
     * @param topK suggestions per position
     * @param progress shows the backward passes
     * @return the result
     */
    public static TextConnectivity of(TrainedUnit unit, AnalysedText text, ConnectivityConfig settings, int topK,
            ProgressReporter progress) {
        Vocabulary vocabulary = unit.dataset().vocabulary();
        List<List<Suggestion>> suggestions = Suggester.along(unit.model(), unit.manager(), text.inputs(), topK, vocabulary);
        int[] inputs = text.inputs();
        int[] classes = new int[text.length()];
        List<RowRequest> requests = new ArrayList<>(text.length());
        for (int t = 0; t < text.length(); t++) {
            classes[t] = settings.target() == ConnectivityScore.PREDICTED_LOGIT ? suggestions.get(t).get(0).id() : text.target(t);
            requests.add(new RowRequest(inputs, t, classes[t]));
        }
        GradientRows computation = new GradientRows(unit.model(), unit.manager(), settings.wrt(), settings.norm(),
                settings.target() == ConnectivityScore.LOG_PROBABILITY);
        PassPlan plan = PassPlan.triangle(requests, unit.initialShape().size());
        try (ProgressTask task = progress.start("connectivity " + unit.label(), plan.work(), "char-steps")) {
            float[][] rows = computation.rows(requests, plan, task);
            return new TextConnectivity(text, settings, topK, vocabulary, suggestions, classes, rows);
        }
    }

    /**
     * The analysed text.
     *
     * @return the text
     */
    public AnalysedText text() {
        return text;
    }

    /**
     * The suggestions at a position.
     *
     * @param t the position
     * @return the suggestions, most probable first
     */
    public List<Suggestion> suggestions(int t) {
        return suggestions.get(t);
    }

    /**
     * The connectivity row of a position.
     *
     * @param t the position
     * @return a copy of the row, zero after {@code t}
     */
    public float[] row(int t) {
        return rows[t].clone();
    }

    /**
     * The earlier words a position's connectivity falls on most: the words before the current one
     * (each with the space before it), by their share of the row's sum.
     *
     * @param t the position
     * @param count how many words at most
     * @return the words with their shares, largest first
     */
    public List<WordShare> earlierWords(int t, int count) {
        double total = 0;
        for (int tau = 0; tau <= t; tau++) {
            total += rows[t][tau];
        }
        List<WordShare> words = new ArrayList<>();
        if (total > 0) {
            for (int start = 0; start < text.wordStart(t); start = next(start)) {
                double sum = 0;
                for (int tau = start; tau < next(start); tau++) {
                    sum += rows[t][tau];
                }
                words.add(new WordShare(start, text.word(start), sum / total));
            }
        }
        words.sort(Comparator.comparingDouble(WordShare::share).reversed().thenComparingInt(WordShare::start));
        return List.copyOf(words.subList(0, Math.min(count, words.size())));
    }

    private int next(int wordStart) {
        int end = text.text().indexOf(' ', wordStart + 1);
        return end < 0 ? text.length() : end;
    }

    /**
     * The result as the fields of {@code connectivity.json}.
     *
     * @return the text, the settings and one object per position
     */
    public JsonObject toJson() {
        JsonObject json = SuggestionsAnalysis.header(text, topK, vocabulary);
        json.addProperty("wrt", YamlNames.of(settings.wrt()));
        json.addProperty("norm", YamlNames.of(settings.norm()));
        json.addProperty("score", YamlNames.of(settings.target()));
        JsonArray positions = new JsonArray();
        for (int t = 0; t < text.length(); t++) {
            JsonObject position = SuggestionsAnalysis.position(text, t, suggestions.get(t));
            position.addProperty("scored", vocabulary.word(classes[t]));
            JsonArray row = new JsonArray(text.length());
            for (float value : rows[t]) {
                row.add(value);
            }
            position.add("connectivity", row);
            positions.add(position);
        }
        json.add("positions", positions);
        return json;
    }

    /**
     * An earlier word and its share of a connectivity row.
     *
     * @param start the index of the space before the word
     * @param word the word
     * @param share its share of the row's sum, in {@code [0, 1]}
     */
    public record WordShare(int start, String word, double share) {}
}
