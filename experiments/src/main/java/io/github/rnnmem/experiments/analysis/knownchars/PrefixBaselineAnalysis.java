package io.github.rnnmem.experiments.analysis.knownchars;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.DatasetAnalysis;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.KnownCharsConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/**
 * Accuracy given known characters of the {@link PrefixBaseline}, once per run, on the same test
 * sequences and with the same settings as the units ({@code known_chars_baseline.json}): the
 * reference curve of a predictor with no memory of earlier words.
 */
public final class PrefixBaselineAnalysis implements DatasetAnalysis<KnownCharsConfig> {

    private static final int BATCH = 256;

    @Override
    public String name() {
        return "prefix-baseline";
    }

    @Override
    public String fileName() {
        return "known_chars_baseline.json";
    }

    @Override
    public KnownCharsConfig settings(AnalysisConfig config) {
        return config.knownChars();
    }

    @Override
    public JsonObject compute(AutocompleteDataset dataset, KnownCharsConfig settings, ProgressReporter progress) {
        PrefixBaseline baseline = PrefixBaseline.fit(dataset.split(Split.TRAIN), dataset.vocabulary(), settings.topK(),
                settings.maxChars());
        TestPositions positions = new TestPositions(dataset.split(Split.TEST), settings.sequences());
        KnownCharsTally tally = new KnownCharsTally(settings.topK(), settings.maxChars());
        positions.tally(baseline, BATCH, tally, progress, "known characters prefix baseline");
        JsonObject json = KnownCharsAnalysis.body(settings, positions, tally);
        json.addProperty("predictor", "the top-k training words that begin with the known characters of the word");
        return json;
    }
}
