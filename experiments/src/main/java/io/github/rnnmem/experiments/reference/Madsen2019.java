package io.github.rnnmem.experiments.reference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.rnnmem.viz.analysis.AccuracyCurve;
import io.github.rnnmem.viz.analysis.AccuracyPoint;
import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.KnownCharsResult;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.UnitColours;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's published results, as figure records: accuracy given known characters of its GRU,
 * LSTM and Nested LSTM on text8's test split, and the connectivity of its example text for the
 * same three models. Each model is labelled {@code "<name>, Madsen 2019 (published)"} and coloured
 * with the article's colour of its unit.
 *
 * <p>The data are the article's own files (resources {@code madsen2019/*.json} beside this class,
 * MIT licence, see {@code LICENSE.md} and {@code README.md} there). Two ways in which they differ
 * from a run of rnnmem: the known-characters curves did not exclude padding positions, and the
 * connectivity is the squared L2 norm with respect to the one-hot input.
 */
public final class Madsen2019 {

    /** The article's example text, 198 characters with the leading space. */
    public static final String TEXT = " context the formal study of grammar is an important part of education from a young"
            + " age through advanced learning though the rules taught in schools are not a grammar in the sense most"
            + " linguists use";

    /** The positions the article walks through, in its order: learning, grammar, schools, gram, gram. */
    public static final List<Integer> WALKTHROUGH = List.of(106, 159, 141, 32, 162);

    /** The article's models: name, unit name and data file of each. */
    private enum Model {
        GRU("GRU", "gru", "connectivity_gru.json"),
        LSTM("LSTM", "lstm", "connectivity_lstm.json"),
        NESTED_LSTM("Nested LSTM", "nested-lstm", "connectivity_nlstm.json");

        private final String name;
        private final String unit;
        private final String connectivityFile;

        Model(String name, String unit, String connectivityFile) {
            this.name = name;
            this.unit = unit;
            this.connectivityFile = connectivityFile;
        }

        UnitTag tag() {
            return new UnitTag(name + ", Madsen 2019 (published)", unit, UnitColours.article(unit).orElseThrow());
        }
    }

    private static final String FOLDER = "madsen2019/";
    private static final String KNOWN_CHARS_FILE = "word-length-results.json";

    private Madsen2019() {}

    /**
     * The published accuracy given known characters: GRU, LSTM and Nested LSTM, each with top-1 to
     * top-3 curves over 0 to 21 known characters (without positions or intervals, which the
     * article does not give).
     *
     * @return the three results
     */
    public static List<KnownCharsResult> knownChars() {
        JsonObject root = read(KNOWN_CHARS_FILE).getAsJsonObject();
        List<KnownCharsResult> results = new ArrayList<>();
        for (Model model : Model.values()) {
            JsonArray byK = array(root.get(model.name), KNOWN_CHARS_FILE + ": " + model.name);
            List<AccuracyCurve> curves = new ArrayList<>();
            for (int k = 0; k < byK.size(); k++) {
                JsonArray values = array(byK.get(k), KNOWN_CHARS_FILE + ": " + model.name + "[" + k + "]");
                List<AccuracyPoint> points = new ArrayList<>();
                for (int known = 0; known < values.size(); known++) {
                    points.add(AccuracyPoint.published(known, values.get(known).getAsDouble()));
                }
                curves.add(new AccuracyCurve(k + 1, points));
            }
            results.add(new KnownCharsResult(model.tag(), curves));
        }
        return List.copyOf(results);
    }

    /**
     * The published connectivity of the article's example text ({@link #TEXT}): one panel each for
     * GRU, LSTM and Nested LSTM, with their top-3 suggestions at every position.
     *
     * @return the three panels
     */
    public static List<ConnectivityPanel> connectivity() {
        List<ConnectivityPanel> panels = new ArrayList<>();
        for (Model model : Model.values()) {
            JsonArray positions = array(read(model.connectivityFile), model.connectivityFile);
            List<ConnectivityStep> steps = new ArrayList<>(positions.size());
            for (int t = 0; t < positions.size(); t++) {
                steps.add(step(positions.get(t).getAsJsonObject(), model.connectivityFile + ": position " + t));
            }
            panels.add(new ConnectivityPanel(model.tag(), steps));
        }
        return List.copyOf(panels);
    }

    private static ConnectivityStep step(JsonObject position, String where) {
        JsonArray words = array(position.get("predict"), where + ": predict");
        JsonArray probabilities = array(position.get("probability"), where + ": probability");
        List<Suggestion> suggestions = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            suggestions.add(new Suggestion(words.get(k).getAsString(), probabilities.get(k).getAsDouble()));
        }
        JsonArray row = array(position.get("connectivity"), where + ": connectivity");
        double[] connectivity = new double[row.size()];
        for (int tau = 0; tau < connectivity.length; tau++) {
            connectivity[tau] = row.get(tau).getAsDouble();
        }
        return new ConnectivityStep(position.get("char").getAsString(), position.get("target").getAsString(),
                suggestions, connectivity);
    }

    private static JsonArray array(JsonElement element, String where) {
        if (element == null || !element.isJsonArray()) {
            throw new IllegalStateException("published data " + FOLDER + where + ": expected a list, got " + element);
        }
        return element.getAsJsonArray();
    }

    private static JsonElement read(String file) {
        try (InputStream in = Madsen2019.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("published data " + FOLDER + file + " is missing from rnnmem's jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("published data " + FOLDER + file + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("published data " + FOLDER + file + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
