package io.github.rnnmem.experiments.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.KnownCharsResult;
import io.github.rnnmem.viz.render.Figures;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class Madsen2019Test {

    @Test
    void thePublishedConnectivityIsTheArticlesTextForItsThreeModels() {
        List<ConnectivityPanel> panels = Madsen2019.connectivity();

        assertThat(panels).extracting(panel -> panel.unit().label()).containsExactly(
                "GRU, Madsen 2019 (published)", "LSTM, Madsen 2019 (published)", "Nested LSTM, Madsen 2019 (published)");
        assertThat(panels).extracting(panel -> panel.unit().unit()).containsExactly("gru", "lstm", "nested-lstm");
        assertThat(panels).extracting(panel -> panel.unit().colour().hex()).containsExactly("#F8766D", "#00BA38", "#619CFF");
        assertThat(panels).allMatch(panel -> panel.text().equals(Madsen2019.TEXT));
        assertThat(Madsen2019.TEXT).hasSize(198);
        assertThat(panels.get(0).steps().get(106).target()).isEqualTo("learning");
    }

    @Test
    void atPosition106TheGruSuggestsLearningFirst() {
        String svg = Figures.connectivity(Madsen2019.connectivity(), 106, ConnectivityScale.LINEAR).toXml();

        List<String> suggestions = new ArrayList<>();
        Matcher matcher = Pattern.compile("class=\"suggestion\">([^<]*)</text>").matcher(svg);
        while (matcher.find()) {
            suggestions.add(matcher.group(1));
        }
        assertThat(suggestions).containsExactly(
                "learning 57.5%", "legal 7.6%", "length 4.4%",
                "level 26.3%", "levels 25.3%", "learning 8.1%",
                "less 8.4%", "level 5.9%", "left 5.7%");
    }

    @Test
    void thePublishedKnownCharactersCurvesReadBackFromTheFigureAsInTheFile() throws IOException {
        List<KnownCharsResult> published = Madsen2019.knownChars();
        String svg = Figures.knownChars(List.of(), null, published).toXml();
        JsonObject file;
        try (InputStream in = Madsen2019.class.getResourceAsStream("madsen2019/word-length-results.json")) {
            file = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }

        assertThat(svg).contains("published, padding not excluded");
        for (String model : List.of("GRU", "LSTM", "Nested LSTM")) {
            JsonArray curves = file.getAsJsonArray(model);
            assertThat(curves).hasSize(3);
            for (int k = 1; k <= 3; k++) {
                String name = model + ", Madsen 2019 (published) top-" + k;
                Matcher matcher = Pattern.compile("data-name=\"" + Pattern.quote(name) + "\" data-points=\"([^\"]*)\"")
                        .matcher(svg);
                assertThat(matcher.find()).as(name).isTrue();
                String[] points = matcher.group(1).split(" ");
                JsonArray values = curves.get(k - 1).getAsJsonArray();
                assertThat(points).hasSize(22).hasSize(values.size());
                for (int known = 0; known < points.length; known++) {
                    String[] xy = points[known].split(",");
                    assertThat(Double.parseDouble(xy[0])).isEqualTo(known);
                    assertThat(Double.parseDouble(xy[1])).as(name + " at " + known)
                            .isEqualTo(values.get(known).getAsDouble());
                }
            }
        }
        assertThat(published.get(0).curves().get(0).points().get(4).accuracy()).isEqualTo(0.67800948);
    }

    @Test
    void theLicenceNoticeTravelsWithTheData() throws IOException {
        for (String file : List.of("LICENSE.md", "README.md")) {
            try (InputStream in = Madsen2019.class.getResourceAsStream("madsen2019/" + file)) {
                assertThat(in).as(file).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).contains(file.equals("LICENSE.md") ? "Copyright (c) 2018 nearForm" : "MIT");
            }
        }
    }
}
