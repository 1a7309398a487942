package io.github.rnnmem.experiments.analysis.knownchars;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.data.Vocabulary;

/**
 * Counts top-1..k hits by the number of known characters of the word, both ways of treating
 * {@code <unknown>} targets: as misses (the article's accuracy) and left out.
 *
 * <p>A position with {@code c} known characters whose target ranks {@code r} (0 = first) among the
 * suggested words is a top-{@code j} hit for every {@code j > r}: the curves are cumulative in
 * {@code k}. Padding is never counted; positions with more than {@code maxChars} known characters
 * are not reported.
 */
final class KnownCharsTally {

    /** The rank of a target that is not among the suggestions at all. */
    static final int MISS = Integer.MAX_VALUE;

    private final int topK;
    private final int maxChars;
    private final long[] positions;
    private final long[] unknownPositions;
    private final long[][] hits;

    KnownCharsTally(int topK, int maxChars) {
        this.topK = topK;
        this.maxChars = maxChars;
        this.positions = new long[maxChars + 1];
        this.unknownPositions = new long[maxChars + 1];
        this.hits = new long[topK][maxChars + 1];
    }

    /**
     * Counts one position.
     *
     * @param knownChars the characters of the word seen there, 0 at the space
     * @param target the target class, not padding
     * @param rank where the target ranks among the suggestions, from 0, or {@link #MISS}
     */
    void count(int knownChars, int target, int rank) {
        if (knownChars > maxChars) {
            return;
        }
        if (target == Vocabulary.UNKNOWN) {
            unknownPositions[knownChars]++;
            return;
        }
        positions[knownChars]++;
        for (int j = rank; j < topK; j++) {
            hits[j][knownChars]++;
        }
    }

    /**
     * The curves as JSON: per way of treating {@code <unknown>}, the positions behind each point and,
     * per top-j, the accuracy and its 95% Wilson interval ({@code null} where no position counts).
     *
     * @return {@code {"known_characters": [...], "unknown_as_miss": {...}, "unknown_excluded": {...}}}
     */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        JsonArray counts = new JsonArray();
        for (int c = 0; c <= maxChars; c++) {
            counts.add(c);
        }
        json.add("known_characters", counts);
        json.add("unknown_as_miss", curves(true));
        json.add("unknown_excluded", curves(false));
        return json;
    }

    private JsonObject curves(boolean unknownAsMiss) {
        JsonObject json = new JsonObject();
        JsonArray counted = new JsonArray();
        long[] trials = new long[maxChars + 1];
        for (int c = 0; c <= maxChars; c++) {
            trials[c] = positions[c] + (unknownAsMiss ? unknownPositions[c] : 0);
            counted.add(trials[c]);
        }
        json.add("positions", counted);
        JsonArray accuracy = new JsonArray();
        JsonArray lower = new JsonArray();
        JsonArray upper = new JsonArray();
        for (int j = 0; j < topK; j++) {
            JsonArray a = new JsonArray();
            JsonArray lo = new JsonArray();
            JsonArray hi = new JsonArray();
            for (int c = 0; c <= maxChars; c++) {
                if (trials[c] == 0) {
                    a.add(JsonNull.INSTANCE);
                    lo.add(JsonNull.INSTANCE);
                    hi.add(JsonNull.INSTANCE);
                } else {
                    WilsonInterval interval = WilsonInterval.of95(hits[j][c], trials[c]);
                    a.add((double) hits[j][c] / trials[c]);
                    lo.add(interval.lower());
                    hi.add(interval.upper());
                }
            }
            accuracy.add(a);
            lower.add(lo);
            upper.add(hi);
        }
        json.add("accuracy", accuracy);
        json.add("lower", lower);
        json.add("upper", upper);
        return json;
    }
}
