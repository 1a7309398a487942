package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ReportConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.reference.Madsen2019;
import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.report.ConnectivityView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article's connectivity figure for one unit: for every position {@code t} of the analysed text
 * ({@code analysis.connectivity}), the connectivity row and the suggestions there ({@link
 * TextConnectivity}), in {@code connectivity.json}.
 */
public final class ConnectivityAnalysis implements Analysis<ConnectivitySettings> {

    @Override
    public String name() {
        return "connectivity";
    }

    @Override
    public ConnectivitySettings settings(AnalysisConfig config) {
        return new ConnectivitySettings(config.connectivity(), config.suggestions().topK());
    }

    @Override
    public JsonObject compute(TrainedUnit unit, ConnectivitySettings settings, ProgressReporter progress) {
        AnalysedText text = new AnalysedText(settings.connectivity().text(), unit.dataset().vocabulary());
        return TextConnectivity.of(unit, text, settings.connectivity(), settings.topK(), Optional.empty(), progress).toJson();
    }

    /**
     * Draws {@code connectivity.svg} at the first chosen position, {@code
     * connectivity-<position>.svg} at each, and the interactive view with the chosen positions as
     * walkthrough buttons. Positions are those of {@code report.positions} (or {@code report
     * --position}); by default the article's walkthrough on its text, else the last character. The
     * article's published panels join the units' when asked for and the text is the article's.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<ConnectivityPanel> panels = new ArrayList<>();
        for (UnitFiles unit : run.units()) {
            Path file = unit.directory().resolve(fileName());
            if (Files.isRegularFile(file)) {
                panels.add(panel(unit.tag(), ResultFile.read(file), file));
            }
        }
        if (panels.isEmpty()) {
            return;
        }
        String text = panels.get(0).text();
        boolean article = text.equals(ConnectivityConfig.ARTICLE_TEXT);
        if (run.published() && article) {
            panels.addAll(Madsen2019.connectivity());
        }
        List<Integer> positions = (run.positions().isEmpty()
                        ? (article ? ReportConfig.ARTICLE_WALKTHROUGH : List.of(text.length() - 1))
                        : run.positions())
                .stream().filter(p -> p < text.length()).toList();
        int first = positions.isEmpty() ? text.length() - 1 : positions.get(0);
        canvas.figure("connectivity.svg", Figures.connectivity(panels, first, ConnectivityScale.LINEAR));
        for (int position : positions) {
            canvas.figure("connectivity-" + position + ".svg", Figures.connectivity(panels, position, ConnectivityScale.LINEAR));
        }
        canvas.section("Connectivity")
                .paragraph("How much each unit's prediction at the selected character depends on every character before"
                        + " it: the gradient magnitude of the target word's logit with respect to each input character,"
                        + " as in the article. Point at a character to select it in every panel; the suggestions beside"
                        + " each panel are the unit's top words there.")
                .connectivity(new ConnectivityView(panels, first, ConnectivityScale.LINEAR, positions));
    }

    /** A unit's panel from its {@code connectivity.json}. */
    private static ConnectivityPanel panel(UnitTag tag, JsonObject json, Path file) {
        try {
            List<ConnectivityStep> steps = new ArrayList<>();
            for (JsonElement element : json.getAsJsonArray("positions")) {
                JsonObject position = element.getAsJsonObject();
                List<Suggestion> suggestions = new ArrayList<>();
                for (JsonElement suggestion : position.getAsJsonArray("suggestions")) {
                    JsonObject s = suggestion.getAsJsonObject();
                    suggestions.add(new Suggestion(s.get("word").getAsString(), s.get("probability").getAsDouble()));
                }
                JsonArray row = position.getAsJsonArray("connectivity");
                double[] values = new double[row.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i).getAsDouble();
                }
                steps.add(new ConnectivityStep(position.get("char").getAsString(), position.get("target").getAsString(),
                        suggestions, values));
            }
            return new ConnectivityPanel(tag, steps);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
