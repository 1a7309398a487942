package io.github.rnnmem.experiments.analysis.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class ProfileTallyTest {

    private static double at(JsonArray array, int i) {
        return array.get(i).getAsDouble();
    }

    /** Two rows worked out by hand. */
    @Test
    void sharesByDistanceAndContextAreMeansOfNormalisedRows() {
        ProfileTally tally = new ProfileTally(2, 3);
        // t = 3, word opened at 2 (1 known character): shares 0.1, 0.2, 0.3, 0.4 at tau 0..3
        tally.add(new float[] {1, 2, 3, 4, 0}, 3, 2);
        // t = 1, word opened at 0 (1 known character): shares 0.5, 0.5
        tally.add(new float[] {5, 5, 0, 0, 0}, 1, 0);
        tally.add(new float[] {0, 0, 0, 0, 0}, 2, 0);

        JsonObject json = tally.toJson();
        JsonArray distance = json.getAsJsonArray("share_by_distance");
        assertThat(at(distance, 0)).isCloseTo((0.4 + 0.5) / 2, within(1e-7));
        assertThat(at(distance, 1)).isCloseTo((0.3 + 0.5) / 2, within(1e-7));
        assertThat(at(distance, 2)).isCloseTo(0.2 / 2, within(1e-7));
        assertThat(json.get("share_beyond_max_distance").getAsDouble()).isCloseTo(0.1 / 2, within(1e-7));
        JsonArray context = json.getAsJsonArray("context_share_by_known_characters");
        assertThat(context.get(0).isJsonNull()).isTrue();
        assertThat(at(context, 1)).isCloseTo((0.3 + 0) / 2, within(1e-7));
        assertThat(json.getAsJsonArray("rows_by_known_characters").toString()).isEqualTo("[0,2,0,0]");
        assertThat(json.get("median_distance").getAsInt()).isEqualTo(1);
        assertThat(json.get("rows").getAsLong()).isEqualTo(2);
        assertThat(json.get("rows_without_gradient").getAsLong()).isEqualTo(1);
    }
}
