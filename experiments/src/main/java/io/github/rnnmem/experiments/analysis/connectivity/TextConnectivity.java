package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.analysis.suggestions.SuggestionsAnalysis;
import io.github.rnnmem.experiments.analysis.suggestions.WordDistribution;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.settings.YamlNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The connectivity figure's data for one unit and one text, at every position or at chosen ones:
 * the suggestions, the word whose score was differentiated with its probability and rank, and the
 * connectivity row ({@link GradientRows}).
 *
 * <p>Which word's score is differentiated at position {@code t}: a {@link TargetWord} the user
 * names, at every position; otherwise as {@code analysis.connectivity.target} says, the text's own
 * target word at {@code t} ({@code logit}, {@code log-probability}) or the word the model ranks
 * first there ({@code predicted-logit}). With a named word, {@code log-probability} differentiates
 * its log-probability, the other two its logit.
 */
public final class TextConnectivity {

    private final AnalysedText text;
    private final ConnectivityConfig settings;
    private final int topK;
    private final Vocabulary vocabulary;
    private final Optional<TargetWord> target;
    private final Map<Integer, PositionConnectivity> positions;

    private TextConnectivity(AnalysedText text, ConnectivityConfig settings, int topK, Vocabulary vocabulary,
            Optional<TargetWord> target, Map<Integer, PositionConnectivity> positions) {
        this.text = text;
        this.settings = settings;
        this.topK = topK;
        this.vocabulary = vocabulary;
        this.target = target;
        this.positions = positions;
    }

    /** Computes the rows of chosen positions for their scored classes. */
    @FunctionalInterface
    public interface RowSource {

        /**
         * The rows of positions of the text.
         *
         * @param positions the positions {@code t}
         * @param classes the class whose score is differentiated at each
         * @return one row per position, as long as the text, zero after its position
         */
        float[][] rows(int[] positions, int[] classes);
    }

    /**
     * Computes the suggestions and every row of a text for a unit.
     *
     * @param unit the trained unit
     * @param text the text, read against the unit's vocabulary
     * @param settings what the gradient is taken of and with respect to, and its norm (its text is
     *     not read)
     * @param topK suggestions per position
     * @param target a word to differentiate at every position instead of the one the settings
     *     choose, or empty
     * @param progress shows the backward passes
     * @return the result
     */
    public static TextConnectivity of(TrainedUnit unit, AnalysedText text, ConnectivityConfig settings, int topK,
            Optional<TargetWord> target, ProgressReporter progress) {
        List<WordDistribution> distributions = Suggester.distributions(unit.model(), unit.manager(), text.inputs());
        List<Integer> all = new ArrayList<>(text.length());
        for (int t = 0; t < text.length(); t++) {
            all.add(t);
        }
        return at(text, all, distributions::get, settings, topK, target, unit.dataset().vocabulary(),
                (positions, classes) -> rows(unit, text.inputs(), positions, classes, settings, progress));
    }

    /**
     * Connectivity at chosen positions, from given output distributions and rows.
     *
     * @param text the text
     * @param chosen the positions, each in {@code [0, T)}, without repeats
     * @param distributions the output distribution at a position
     * @param settings the connectivity settings (its text is not read)
     * @param topK suggestions per position
     * @param target the named word, or empty
     * @param vocabulary the output vocabulary
     * @param rows computes the rows
     * @return the result, holding the chosen positions only
     */
    public static TextConnectivity at(AnalysedText text, List<Integer> chosen, IntFunction<WordDistribution> distributions,
            ConnectivityConfig settings, int topK, Optional<TargetWord> target, Vocabulary vocabulary, RowSource rows) {
        int[] positions = chosen.stream().mapToInt(Integer::intValue).toArray();
        int[] classes = new int[positions.length];
        List<WordDistribution> atPositions = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            WordDistribution distribution = distributions.apply(positions[i]);
            atPositions.add(distribution);
            classes[i] = scoredClass(text, positions[i], settings.target(), target, distribution, vocabulary);
        }
        float[][] computed = rows.rows(positions, classes);
        Map<Integer, PositionConnectivity> result = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            WordDistribution distribution = atPositions.get(i);
            int id = classes[i];
            Suggestion scored = new Suggestion(id, vocabulary.word(id), distribution.probability(id));
            int rank = id >= Suggester.FIRST_WORD ? distribution.rank(id) : 0;
            result.put(positions[i], new PositionConnectivity(positions[i], distribution.top(topK, vocabulary), scored, rank,
                    computed[i]));
        }
        return new TextConnectivity(text, settings, topK, vocabulary, target, result);
    }

    /**
     * The class whose score is differentiated at a position.
     *
     * @param text the text
     * @param t the position
     * @param score what the settings differentiate
     * @param target the named word, or empty
     * @param distribution the output distribution at {@code t}
     * @param vocabulary the output vocabulary
     * @return the class
     */
    private static int scoredClass(AnalysedText text, int t, ConnectivityScore score, Optional<TargetWord> target,
            WordDistribution distribution, Vocabulary vocabulary) {
        if (target.isPresent()) {
            return target.get().id();
        }
        return score == ConnectivityScore.PREDICTED_LOGIT ? distribution.top(1, vocabulary).get(0).id() : text.target(t);
    }

    /**
     * Computes rows by batched backward passes, the copies cut to their prefixes and packed into
     * passes of at most a training batch's character steps ({@link PassPlan#triangle}).
     *
     * @param unit the trained unit
     * @param inputs the text's input ids
     * @param positions the positions {@code t}
     * @param classes the class whose score is differentiated at each
     * @param settings what is differentiated with respect to what, and the norm
     * @param progress shows the passes
     * @return one row per position, as long as the text
     */
    public static float[][] rows(TrainedUnit unit, int[] inputs, int[] positions, int[] classes,
            ConnectivityConfig settings, ProgressReporter progress) {
        List<RowRequest> requests = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            requests.add(new RowRequest(inputs, positions[i], classes[i]));
        }
        GradientRows computation = new GradientRows(unit.model(), unit.manager(), settings.wrt(), settings.norm(),
                settings.target() == ConnectivityScore.LOG_PROBABILITY);
        PassPlan plan = PassPlan.triangle(requests, unit.initialShape().size());
        try (ProgressTask task = progress.start("connectivity " + unit.label(), plan.work(), "char-steps")) {
            return computation.rows(requests, plan, task);
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
     * How many words the vocabulary ranks.
     *
     * @return the number of output classes that are words
     */
    public int wordCount() {
        return vocabulary.wordCount();
    }

    /**
     * The connectivity at a position.
     *
     * @param t one of the positions computed
     * @return its suggestions, scored word and row
     */
    public PositionConnectivity position(int t) {
        PositionConnectivity position = positions.get(t);
        if (position == null) {
            throw new IllegalArgumentException("position " + t + " was not computed");
        }
        return position;
    }

    /**
     * The positions computed.
     *
     * @return in the order they were asked for
     */
    public List<PositionConnectivity> positions() {
        return List.copyOf(positions.values());
    }

    /**
     * The suggestions at a position.
     *
     * @param t one of the positions computed
     * @return the suggestions, most probable first
     */
    public List<Suggestion> suggestions(int t) {
        return position(t).suggestions();
    }

    /**
     * The connectivity row of a position.
     *
     * @param t one of the positions computed
     * @return a copy of the row, zero after {@code t}
     */
    public float[] row(int t) {
        return position(t).row();
    }

    /**
     * The earlier words a position's connectivity falls on most: the words before the current one
     * (each with the space before it), by their share of the row's sum.
     *
     * @param t one of the positions computed
     * @param count how many words at most
     * @return the words with their shares, largest first
     */
    public List<WordShare> earlierWords(int t, int count) {
        PositionConnectivity position = position(t);
        double total = 0;
        for (int tau = 0; tau <= t; tau++) {
            total += position.at(tau);
        }
        List<WordShare> words = new ArrayList<>();
        if (total > 0) {
            for (int start = 0; start < text.wordStart(t); start = next(start)) {
                double sum = 0;
                for (int tau = start; tau < next(start); tau++) {
                    sum += position.at(tau);
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
     * @return the text, the settings (with {@code target_word} when a word was named) and one
     *     object per position computed
     */
    public JsonObject toJson() {
        JsonObject json = SuggestionsAnalysis.header(text, topK, vocabulary);
        json.addProperty("wrt", YamlNames.of(settings.wrt()));
        json.addProperty("norm", YamlNames.of(settings.norm()));
        json.addProperty("score", YamlNames.of(settings.target()));
        target.ifPresent(word -> json.addProperty("target_word", word.word()));
        JsonArray list = new JsonArray();
        positions.values().forEach(position -> list.add(position.toJson(text)));
        json.add("positions", list);
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
