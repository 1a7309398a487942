package io.github.rnnmem.experiments.analysis.suggestions;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.util.List;

/**
 * The autocomplete demo: the top-k words a unit suggests at every character of the analysed text
 * ({@code analysis.connectivity.text}, {@code analysis.suggestions.top_k}), in {@code
 * suggestions.json}.
 */
public final class SuggestionsAnalysis implements Analysis<SuggestionsSettings> {

    @Override
    public String name() {
        return "suggestions";
    }

    @Override
    public SuggestionsSettings settings(AnalysisConfig config) {
        return new SuggestionsSettings(config.suggestions(), config.connectivity().text());
    }

    @Override
    public JsonObject compute(TrainedUnit unit, SuggestionsSettings settings, ProgressReporter progress) {
        Vocabulary vocabulary = unit.dataset().vocabulary();
        AnalysedText text = new AnalysedText(settings.text(), vocabulary);
        int topK = settings.suggestions().topK();
        List<List<Suggestion>> suggestions = Suggester.along(unit.model(), unit.manager(), text.inputs(), topK, vocabulary);
        JsonObject json = header(text, topK, vocabulary);
        JsonArray positions = new JsonArray();
        for (int t = 0; t < text.length(); t++) {
            positions.add(position(text, t, suggestions.get(t)));
        }
        json.add("positions", positions);
        return json;
    }

    /**
     * The fields that describe an analysed text and its suggestions.
     *
     * @param text the text
     * @param topK suggestions per position
     * @param vocabulary the output vocabulary
     * @return {@code text}, {@code top_k}, {@code output_classes} and {@code never_suggested}
     */
    public static JsonObject header(AnalysedText text, int topK, Vocabulary vocabulary) {
        JsonObject json = new JsonObject();
        json.addProperty("text", text.text());
        json.addProperty("top_k", topK);
        json.addProperty("output_classes", vocabulary.outputClasses());
        JsonArray excluded = new JsonArray();
        excluded.add(Vocabulary.PADDING_WORD);
        excluded.add(Vocabulary.UNKNOWN_WORD);
        json.add("never_suggested", excluded);
        json.addProperty("probabilities", "softmax over all output classes; the classes never suggested count in its"
                + " denominator");
        return json;
    }

    /**
     * One position of an analysed text: its index, character, target word (and whether it is in
     * the vocabulary) and the suggestions there.
     *
     * @param text the text
     * @param t the position
     * @param suggestions the suggestions at {@code t}
     * @return the position's object
     */
    public static JsonObject position(AnalysedText text, int t, List<Suggestion> suggestions) {
        JsonObject json = new JsonObject();
        json.addProperty("index", t);
        json.addProperty("char", String.valueOf(text.text().charAt(t)));
        json.addProperty("target", text.word(t));
        json.addProperty("target_in_vocabulary", text.target(t) != Vocabulary.UNKNOWN);
        json.addProperty("known_characters", text.knownCharacters(t));
        JsonArray list = new JsonArray();
        suggestions.forEach(s -> list.add(s.toJson()));
        json.add("suggestions", list);
        return json;
    }
}
