package io.github.rnnmem.experiments.analysis.knownchars;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.KnownCharsConfig;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/**
 * The article's accuracy given the number of known characters of the word, for one unit, over the
 * test split ({@code analysis.known_chars}), in {@code known_chars.json}: see {@link KnownCharsTally}
 * for what is counted. Suggestions are the unit's most probable words ({@code <pad>} and {@code
 * <unknown>} never among them).
 */
public final class KnownCharsAnalysis implements Analysis {

    @Override
    public String name() {
        return "known-chars";
    }

    @Override
    public String settings(AnalysisConfig config) {
        return config.knownChars().toString();
    }

    @Override
    public JsonObject compute(TrainedUnit unit, AnalysisConfig config, ProgressReporter progress) {
        KnownCharsConfig settings = config.knownChars();
        TestPositions positions = new TestPositions(unit.dataset().split(Split.TEST), settings.sequences());
        KnownCharsTally tally = new KnownCharsTally(settings.topK(), settings.maxChars());
        int batchSize = ModelRanker.batchSize(unit.dataset().statistics().maxLength(), unit.dataset().vocabulary(),
                Math.toIntExact(unit.initialShape().get(0)));
        positions.tally(new ModelRanker(unit.model(), unit.manager()), batchSize, tally, progress,
                "known characters " + unit.label());
        return body(settings, positions, tally);
    }

    static JsonObject body(KnownCharsConfig settings, TestPositions positions, KnownCharsTally tally) {
        JsonObject json = new JsonObject();
        json.addProperty("top_k", settings.topK());
        json.addProperty("max_chars", settings.maxChars());
        json.addProperty("sequences", positions.sequences());
        tally.toJson().entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
        return json;
    }
}
