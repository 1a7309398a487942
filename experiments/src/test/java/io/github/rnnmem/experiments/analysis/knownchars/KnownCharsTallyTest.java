package io.github.rnnmem.experiments.analysis.knownchars;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.data.Vocabulary;
import org.junit.jupiter.api.Test;

class KnownCharsTallyTest {

    private static double accuracy(JsonObject curves, int topJ, int known) {
        return curves.getAsJsonArray("accuracy").get(topJ).getAsJsonArray().get(known).getAsDouble();
    }

    @Test
    void hitsAreCumulativeInKAndUnknownTargetsAreCountedBothWays() {
        KnownCharsTally tally = new KnownCharsTally(3, 2);
        tally.count(0, 5, 0);
        tally.count(0, 6, 2);
        tally.count(0, 7, KnownCharsTally.MISS);
        tally.count(0, Vocabulary.UNKNOWN, 0);
        tally.count(1, 5, 1);
        tally.count(3, 5, 0);

        JsonObject json = tally.toJson();
        JsonObject miss = json.getAsJsonObject("unknown_as_miss");
        JsonObject excluded = json.getAsJsonObject("unknown_excluded");
        assertThat(excluded.getAsJsonArray("positions").toString()).isEqualTo("[3,1,0]");
        assertThat(miss.getAsJsonArray("positions").toString()).isEqualTo("[4,1,0]");
        assertThat(accuracy(excluded, 0, 0)).isEqualTo(1 / 3.0);
        assertThat(accuracy(excluded, 1, 0)).isEqualTo(1 / 3.0);
        assertThat(accuracy(excluded, 2, 0)).isEqualTo(2 / 3.0);
        assertThat(accuracy(miss, 2, 0)).isEqualTo(2 / 4.0);
        assertThat(accuracy(excluded, 0, 1)).isZero();
        assertThat(accuracy(excluded, 1, 1)).isEqualTo(1.0);
        JsonArray empty = excluded.getAsJsonArray("accuracy").get(0).getAsJsonArray();
        assertThat(empty.get(2).isJsonNull()).as("no position with 2 known characters").isTrue();
        assertThat(json.getAsJsonArray("known_characters").toString()).isEqualTo("[0,1,2]");
        double lower = excluded.getAsJsonArray("lower").get(2).getAsJsonArray().get(0).getAsDouble();
        double upper = excluded.getAsJsonArray("upper").get(2).getAsJsonArray().get(0).getAsDouble();
        assertThat(lower).isEqualTo(WilsonInterval.of95(2, 3).lower());
        assertThat(upper).isEqualTo(WilsonInterval.of95(2, 3).upper());
    }
}
