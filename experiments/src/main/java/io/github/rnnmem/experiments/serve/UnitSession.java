package io.github.rnnmem.experiments.serve;

import ai.djl.ndarray.NDScope;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.connectivity.PositionConnectivity;
import io.github.rnnmem.experiments.analysis.connectivity.TextConnectivity;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.analysis.suggestions.WordDistribution;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One unit's answers: the suggestions at the last character and the connectivity at chosen
 * positions of a text, computed as {@code rnnmem analyze} computes them ({@link TextConnectivity}),
 * with the unit's outputs read through its {@link PrefixStates} and rows kept in a {@link RowCache}.
 *
 * <p>Not thread-safe: the unit's worker calls it, one query at a time.
 */
final class UnitSession {

    /** Rows kept per unit. */
    static final int CACHED_ROWS = 256;

    private final TrainedUnit unit;
    private final ConnectivityConfig settings;
    private final int topK;
    private final EngineLane lane;
    private final PrefixStates prefixes;
    private final RowCache rows = new RowCache(CACHED_ROWS);

    /**
     * Prepares a unit's answers.
     *
     * @param unit the trained unit
     * @param settings its run's connectivity settings
     * @param topK its run's suggestions per position
     * @param lane how its engine work may overlap with other units'
     */
    UnitSession(TrainedUnit unit, ConnectivityConfig settings, int topK, EngineLane lane) {
        this.unit = unit;
        this.settings = settings;
        this.topK = topK;
        this.lane = lane;
        this.prefixes = new PrefixStates(unit.model(), unit.manager());
    }

    /**
     * Answers a query.
     *
     * @param query the query, checked against this unit
     * @return {@code last} (the suggestions at the last character) and {@code positions} (the
     *     connectivity at each position asked for, as in {@code connectivity.json})
     */
    JsonObject answer(UnitQuery query) {
        Vocabulary vocabulary = unit.dataset().vocabulary();
        AnalysedText text = new AnalysedText(query.text(), vocabulary);
        int last = text.length() - 1;
        TreeSet<Integer> needed = new TreeSet<>(query.positions());
        needed.add(last);
        int[] wanted = needed.stream().mapToInt(Integer::intValue).toArray();
        List<WordDistribution> distributions = lane.forward(
                () -> scoped(() -> prefixes.distributions(prefixes.hidden(query.text(), wanted))));
        Map<Integer, WordDistribution> byPosition = new HashMap<>();
        for (int i = 0; i < wanted.length; i++) {
            byPosition.put(wanted[i], distributions.get(i));
        }
        TextConnectivity connectivity = TextConnectivity.at(text, query.positions(), byPosition::get, settings, topK,
                query.target(), vocabulary, (positions, classes) -> rows(text, positions, classes));

        JsonObject json = new JsonObject();
        JsonObject end = new JsonObject();
        end.addProperty("position", last);
        JsonArray suggestions = new JsonArray();
        byPosition.get(last).top(topK, vocabulary).stream().map(Suggestion::toJson).forEach(suggestions::add);
        end.add("suggestions", suggestions);
        json.add("last", end);
        JsonArray positions = new JsonArray();
        for (PositionConnectivity position : connectivity.positions()) {
            positions.add(position.toJson(text));
        }
        json.add("positions", positions);
        return json;
    }

    /** The rows of positions, from the cache where it has them, the rest in one computation. */
    private float[][] rows(AnalysedText text, int[] positions, int[] classes) {
        float[][] result = new float[positions.length][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            int t = positions[i];
            int index = i;
            rows.find(text.text().substring(0, t + 1), classes[i])
                    .ifPresentOrElse(prefix -> result[index] = Arrays.copyOf(prefix, text.length()), () -> missing.add(index));
        }
        if (!missing.isEmpty()) {
            int[] missingPositions = missing.stream().mapToInt(i -> positions[i]).toArray();
            int[] missingClasses = missing.stream().mapToInt(i -> classes[i]).toArray();
            float[][] computed = lane.gradient(() -> scoped(() -> TextConnectivity.rows(unit, text.inputs(),
                    missingPositions, missingClasses, settings, ProgressReporter.silent())));
            for (int k = 0; k < missing.size(); k++) {
                int t = missingPositions[k];
                result[missing.get(k)] = computed[k];
                rows.put(text.text().substring(0, t + 1), missingClasses[k], Arrays.copyOf(computed[k], t + 1));
            }
        }
        return result;
    }

    /**
     * Runs engine work that returns Java values, freeing every array it made on the way, whichever
     * manager holds it (an operator on a parameter, such as its transpose, makes an array on the
     * model's own manager).
     */
    private static <T> T scoped(Supplier<T> work) {
        try (NDScope scope = new NDScope()) {
            T result = work.get();
            scope.suppressNotUsedWarning();
            return result;
        }
    }

    /**
     * What the caches saved and cost, for the units' description.
     *
     * @return {@code character_steps}, {@code rows_computed} and {@code rows_reused}
     */
    JsonObject work() {
        JsonObject json = new JsonObject();
        json.addProperty("character_steps", prefixes.steps());
        json.addProperty("rows_computed", rows.computed());
        json.addProperty("rows_reused", rows.reused());
        return json;
    }
}
