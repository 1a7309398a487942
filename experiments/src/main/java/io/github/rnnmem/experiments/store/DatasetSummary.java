package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.io.RecordJson;
import java.util.Optional;

/**
 * What a run's dataset was, and the most-frequent-word baseline on its test split, as written to
 * {@code dataset.json}.
 *
 * @param corpus the corpus, described for people
 * @param dataset the SHA-256 of the dataset's key ({@link
 *     io.github.rnnmem.experiments.data.AutocompleteDataset#key()}), which every unit trained on it
 *     records in its training identity; empty when not recorded
 * @param statistics the dataset's counts
 * @param mostFrequentWordBaseline the accuracies of always predicting the most frequent word
 */
public record DatasetSummary(String corpus, Optional<String> dataset, DatasetStatistics statistics,
        MostFrequentWordBaseline mostFrequentWordBaseline) {

    /**
     * The JSON form.
     *
     * @return the JSON text
     */
    public String toJson() {
        return Json.pretty(RecordJson.toJson(this));
    }

    /**
     * Reads the JSON form.
     *
     * @param text the JSON text
     * @return the summary
     * @throws IllegalArgumentException if the text is not a dataset summary
     */
    public static DatasetSummary fromJson(String text) {
        try {
            return RecordJson.fromJson(JsonText.parseObject(text), DatasetSummary.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a dataset summary: " + JsonText.problem(e), e);
        }
    }
}
