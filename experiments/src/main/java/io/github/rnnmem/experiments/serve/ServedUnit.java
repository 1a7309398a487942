package io.github.rnnmem.experiments.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.report.UnitSummary;
import io.github.rnnmem.experiments.settings.YamlNames;
import io.github.rnnmem.viz.analysis.UnitTag;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A trained unit as the server serves it: its label, its run, its weights, what its files record
 * (settings, parameter counts, test metrics, validation loss) and its worker.
 *
 * @param label the label the page and the API name it by: the unit's label in its run, after the
 *     run's name when several runs are served
 * @param run the run's name
 * @param runDirectory the run's directory
 * @param trained the unit with its trained weights
 * @param summary what its directory records, or empty when the run has no record of it
 * @param settings the run's connectivity settings
 * @param topK the run's suggestions per position
 * @param engine the engine's name and version, such as {@code MXNet 1.9.0}
 * @param device the device
 * @param tag how the page colours it
 * @param worker its worker
 */
record ServedUnit(String label, String run, Path runDirectory, TrainedUnit trained, Optional<UnitSummary> summary,
        ConnectivityConfig settings, int topK, String engine, String device, UnitTag tag, UnitWorker worker) {

    /**
     * The unit's vocabulary.
     *
     * @return the output vocabulary it was trained on
     */
    Vocabulary vocabulary() {
        return trained.dataset().vocabulary();
    }

    /**
     * What the page shows beside the unit's name: its test cross entropy and final validation
     * loss, so that units trained to unequal losses are seen as such.
     *
     * @return such as {@code test cross entropy 2.343 · validation loss 2.370}
     */
    String note() {
        String test = summary.flatMap(UnitSummary::test)
                .map(m -> String.format(Locale.ROOT, "test cross entropy %.3f", m.crossEntropy())).orElse("not tested");
        OptionalDouble validation = summary.map(UnitSummary::finalValidationLoss).orElse(OptionalDouble.empty());
        return validation.isPresent()
                ? test + String.format(Locale.ROOT, " · validation loss %.3f", validation.getAsDouble()) : test;
    }

    /**
     * The unit as {@code GET /api/v1/units} describes it.
     *
     * @return the description
     */
    JsonObject describe() {
        JsonObject json = new JsonObject();
        json.addProperty("label", label);
        json.addProperty("run", run);
        json.addProperty("run_directory", runDirectory.toString());
        json.addProperty("directory", trained.directory().toString());
        json.addProperty("unit", trained.unit());
        json.addProperty("seed", trained.seed());
        json.addProperty("steps", trained.training().steps());
        summary.ifPresent(s -> {
            json.addProperty("layers", s.model().layers());
            json.addProperty("embedding", s.model().embedding());
            json.add("settings", RecordJson.toJson(s.model()).get("settings"));
            JsonObject parameters = RecordJson.toJson(s.model().parameters());
            parameters.addProperty("total", s.model().parameters().total());
            json.add("parameters", parameters);
        });
        json.add("test", summary.flatMap(UnitSummary::test).<JsonElement>map(ServedUnit::test).orElse(JsonNull.INSTANCE));
        OptionalDouble validation = summary.map(UnitSummary::finalValidationLoss).orElse(OptionalDouble.empty());
        if (validation.isPresent()) {
            json.addProperty("validation_loss", validation.getAsDouble());
        } else {
            json.add("validation_loss", JsonNull.INSTANCE);
        }
        json.addProperty("note", note());
        json.addProperty("vocabulary", vocabulary().wordCount());
        json.addProperty("top_k", topK);
        JsonObject connectivity = new JsonObject();
        connectivity.addProperty("wrt", YamlNames.of(settings.wrt()));
        connectivity.addProperty("norm", YamlNames.of(settings.norm()));
        connectivity.addProperty("score", YamlNames.of(settings.target()));
        json.add("connectivity", connectivity);
        json.addProperty("engine", engine);
        json.addProperty("device", device);
        json.addProperty("incremental", trained.model().resumable());
        json.addProperty("colour", tag.colour().hex());
        json.add("work", worker.work());
        return json;
    }

    private static JsonObject test(TestMetrics metrics) {
        JsonObject json = new JsonObject();
        json.addProperty("cross_entropy", metrics.crossEntropy());
        json.addProperty("cross_entropy_per_character", metrics.crossEntropyPerCharacter());
        json.addProperty("accuracy_article", metrics.accuracyArticle());
        json.addProperty("accuracy_masked", metrics.accuracyMasked());
        return json;
    }
}
