package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/**
 * The article's connectivity figure for one unit: for every position {@code t} of the analysed text
 * ({@code analysis.connectivity}), the connectivity row and the suggestions there ({@link
 * TextConnectivity}), in {@code connectivity.json}.
 */
public final class ConnectivityAnalysis implements Analysis {

    @Override
    public String name() {
        return "connectivity";
    }

    @Override
    public String settings(AnalysisConfig config) {
        return config.connectivity() + " " + config.suggestions();
    }

    @Override
    public JsonObject compute(TrainedUnit unit, AnalysisConfig config, ProgressReporter progress) {
        AnalysedText text = new AnalysedText(config.connectivity().text(), unit.dataset().vocabulary());
        return TextConnectivity.of(unit, text, config.connectivity(), config.suggestions().topK(), progress).toJson();
    }
}
