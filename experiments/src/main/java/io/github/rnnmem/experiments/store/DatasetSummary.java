package io.github.rnnmem.experiments.store;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.io.JsonText;

/**
 * What a run's dataset was, and the most-frequent-word baseline on its test split, as written to
 * {@code dataset.json}.
 *
 * @param corpus the corpus, described for people
 * @param statistics the dataset's counts
 * @param baselineWord the most frequent word
 * @param baseline the accuracies of always predicting it
 * @param dataset the SHA-256 of the dataset's key ({@link
 *     io.github.rnnmem.experiments.data.AutocompleteDataset#key()}), which every unit trained on it
 *     records in its training identity; empty when not recorded
 */
public record DatasetSummary(String corpus, DatasetStatistics statistics, String baselineWord,
        MostFrequentWordBaseline baseline, String dataset) {

    /**
     * A summary that does not name its dataset.
     *
     * @param corpus the corpus, described for people
     * @param statistics the dataset's counts
     * @param baselineWord the most frequent word
     * @param baseline the accuracies of always predicting it
     */
    public DatasetSummary(String corpus, DatasetStatistics statistics, String baselineWord,
            MostFrequentWordBaseline baseline) {
        this(corpus, statistics, baselineWord, baseline, "");
    }

    /**
     * The JSON form.
     *
     * @return the JSON text
     */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("corpus", corpus);
        if (!dataset.isEmpty()) {
            json.addProperty("dataset", dataset);
        }
        JsonObject counts = new JsonObject();
        counts.addProperty("characters", statistics.characters());
        counts.addProperty("words", statistics.words());
        counts.addProperty("distinct_words", statistics.distinctWords());
        counts.addProperty("max_length", statistics.maxLength());
        counts.addProperty("vocabulary_requested", statistics.vocabularyRequested());
        counts.addProperty("vocabulary_used", statistics.vocabularyUsed());
        counts.addProperty("known_words", statistics.knownWords());
        counts.addProperty("targets", statistics.targets());
        counts.addProperty("unknown_targets", statistics.unknownTargets());
        counts.addProperty("train_sequences", statistics.trainSequences());
        counts.addProperty("valid_sequences", statistics.validSequences());
        counts.addProperty("test_sequences", statistics.testSequences());
        counts.addProperty("longest_sequence", statistics.longestSequence());
        json.add("statistics", counts);
        JsonObject most = new JsonObject();
        most.addProperty("word", baselineWord);
        most.addProperty("accuracy_masked", baseline.maskedAccuracy());
        most.addProperty("accuracy_article", baseline.articleAccuracy());
        json.add("most_frequent_word_baseline", most);
        return Json.pretty(json);
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
            JsonObject json = JsonText.parseObject(text);
            JsonObject c = json.getAsJsonObject("statistics");
            DatasetStatistics statistics = new DatasetStatistics(c.get("characters").getAsLong(), c.get("words").getAsLong(),
                    c.get("distinct_words").getAsLong(), c.get("max_length").getAsInt(),
                    c.get("vocabulary_requested").getAsInt(), c.get("vocabulary_used").getAsInt(),
                    c.get("known_words").getAsLong(), c.get("targets").getAsLong(), c.get("unknown_targets").getAsLong(),
                    c.get("train_sequences").getAsInt(), c.get("valid_sequences").getAsInt(),
                    c.get("test_sequences").getAsInt(), c.get("longest_sequence").getAsInt());
            JsonObject most = json.getAsJsonObject("most_frequent_word_baseline");
            return new DatasetSummary(json.get("corpus").getAsString(), statistics, most.get("word").getAsString(),
                    new MostFrequentWordBaseline(most.get("accuracy_masked").getAsDouble(),
                            most.get("accuracy_article").getAsDouble()),
                    json.has("dataset") ? json.get("dataset").getAsString() : "");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a dataset summary: " + JsonText.problem(e), e);
        }
    }
}
