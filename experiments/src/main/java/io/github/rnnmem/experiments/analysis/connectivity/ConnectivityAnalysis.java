package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.analysis.suggestions.SuggestionsAnalysis;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.YamlNames;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's connectivity figure for one unit: for every position {@code t} of the analysed text
 * ({@code analysis.connectivity}), the connectivity row of {@link GradientRows} and the
 * suggestions there, in {@code connectivity.json}.
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
        ConnectivityConfig settings = config.connectivity();
        Vocabulary vocabulary = unit.dataset().vocabulary();
        AnalysedText text = new AnalysedText(settings.text(), vocabulary);
        List<List<Suggestion>> suggestions = Suggester.along(
                unit.model(), unit.manager(), text.inputs(), config.suggestions().topK(), vocabulary);
        TextConnectivity connectivity = TextConnectivity.of(unit, text, settings, suggestions, progress);

        JsonObject json = SuggestionsAnalysis.header(text, config.suggestions().topK(), vocabulary);
        json.addProperty("wrt", YamlNames.of(settings.wrt()));
        json.addProperty("norm", YamlNames.of(settings.norm()));
        json.addProperty("score", YamlNames.of(settings.target()));
        JsonArray positions = new JsonArray();
        for (int t = 0; t < text.length(); t++) {
            JsonObject position = SuggestionsAnalysis.position(text, t, suggestions.get(t));
            position.addProperty("scored", vocabulary.word(connectivity.classes()[t]));
            JsonArray row = new JsonArray(text.length());
            for (float value : connectivity.rows()[t]) {
                row.add(value);
            }
            position.add("connectivity", row);
            positions.add(position);
        }
        json.add("positions", positions);
        return json;
    }

    /**
     * The connectivity rows of every position of a text.
     *
     * @param rows row {@code t} is the connectivity of the output at {@code t}
     * @param classes the class whose score was differentiated at each position
     */
    record TextConnectivity(float[][] rows, int[] classes) {

        static TextConnectivity of(TrainedUnit unit, AnalysedText text, ConnectivityConfig settings,
                List<List<Suggestion>> suggestions, ProgressReporter progress) {
            int[] inputs = text.inputs();
            int[] classes = new int[text.length()];
            List<RowRequest> requests = new ArrayList<>(text.length());
            for (int t = 0; t < text.length(); t++) {
                classes[t] = settings.target() == ConnectivityScore.PREDICTED_LOGIT
                        ? suggestions.get(t).get(0).id()
                        : text.target(t);
                requests.add(new RowRequest(inputs, t, classes[t]));
            }
            GradientRows computation = new GradientRows(unit.model(), unit.manager(), settings.wrt(), settings.norm(),
                    settings.target() == ConnectivityScore.LOG_PROBABILITY);
            PassPlan plan = PassPlan.triangle(requests, unit.initialShape().size());
            try (ProgressTask task = progress.start("connectivity " + unit.label(), plan.work(), "char-steps")) {
                return new TextConnectivity(computation.rows(requests, plan, task), classes);
            }
        }
    }
}
