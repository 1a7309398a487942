package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Relations;
import io.github.rnnmem.experiments.settings.Setting;
import io.github.rnnmem.experiments.settings.Values;
import io.github.rnnmem.experiments.settings.YamlNames;
import io.github.rnnmem.experiments.settings.Violation;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The text the dataset is built from: {@code corpus} in YAML.
 *
 * <pre>{@code
 * corpus:
 *   source: text8        # text8 | path | planted-cue (required)
 *   path: books/         # required when source is path; relative to the YAML file's directory
 *   url: http://...      # only for text8; default the original text8.zip
 *   limit_chars: 5000000 # optional, >= 1000: keep this prefix of the normalised corpus
 * }</pre>
 *
 * With {@code source: planted-cue} the text is generated (deterministic under the experiment's
 * seed) as sentences {@code cue fillers... [marker] answer}: each of {@code pairs} cue words decides
 * one answer word, {@code min_distance} to {@code max_distance} characters further on; the fillers
 * are a built-in list of common words, or the most frequent words of {@code path} when it is given;
 * {@code limit_chars} is the generated text's length.
 *
 * @param source where the text comes from
 * @param path the file or directory: present when {@code source} is {@link CorpusKind#PATH}; for
 *     {@link CorpusKind#PLANTED_CUE}, the text whose most frequent words are the fillers, if any
 * @param url where text8.zip is downloaded from, present exactly when {@code source} is {@link
 *     CorpusKind#TEXT8}
 * @param limitChars how many characters of the normalised corpus to keep, or empty for all
 * @param pairs planted-cue: how many cue words, each deciding one answer word
 * @param minDistance planted-cue: the shortest distance from a cue to its answer, in characters
 * @param maxDistance planted-cue: the longest distance from a cue to its answer, in characters
 * @param marker planted-cue: whether a marker word comes right before every answer
 * @param fillers planted-cue: how many distinct filler words
 */
public record CorpusConfig(
        @Setting("where the text comes from: text8 (downloaded once, then cached), a local file or directory, or"
                + " planted-cue (generated text where cue words decide answer words further on)")
        CorpusKind source,
        @Setting(value = "the text file, or directory of text files; required when source is path; with planted-cue,"
                + " the text whose most frequent words are the fillers (a built-in list of common words when left out)",
                format = ValueFormats.PathFromFile.class)
        Optional<Path> path,
        @Setting(value = "the mirror text8.zip is downloaded from; only with source text8",
                derived = TEXT8 + " when source is text8", format = ValueFormats.Url.class)
        Optional<URI> url,
        @Setting(value = "keep only this many characters from the start of the normalised corpus; with planted-cue,"
                + " the length of the generated text", range = "[1000, 2147483647]",
                derived = PLANTED_CHARS + " when source is planted-cue")
        OptionalInt limitChars,
        @Setting(value = "planted-cue: how many cue words, each deciding one answer word (chance is 1/pairs)",
                range = "[2, " + MOST_PAIRS + "]", derived = PLANTED_PAIRS + " when source is planted-cue")
        OptionalInt pairs,
        @Setting(value = "planted-cue: the shortest distance in characters from a cue's last letter to the space"
                + " before its answer", range = "[1, 100000]", derived = PLANTED_MIN + " when source is planted-cue")
        OptionalInt minDistance,
        @Setting(value = "planted-cue: the longest distance in characters from a cue's last letter to the space"
                + " before its answer", range = "[1, 100000]", derived = PLANTED_MAX + " when source is planted-cue")
        OptionalInt maxDistance,
        @Setting(value = "planted-cue: the word \"" + MARKER + "\" right before every answer, so that when an answer"
                + " comes is known and only which one depends on the cue", derived = "true when source is planted-cue")
        Optional<Boolean> marker,
        @Setting(value = "planted-cue: how many distinct filler words: the first of the built-in list, or the most"
                + " frequent words of path", range = "[1, 100000]",
                derived = PLANTED_FILLERS + " when source is planted-cue")
        OptionalInt fillers) {

    /** Where Matt Mahoney publishes text8.zip (31,344,016 bytes, one file {@code text8}). */
    public static final URI TEXT8_URL = URI.create(CorpusConfig.TEXT8);

    /** The most cue words a planted-cue corpus has. */
    public static final int MOST_PAIRS = 16;

    /** The marker word that comes right before every answer of a planted-cue corpus with a marker. */
    public static final String MARKER = "then";

    /** The keys that only a planted-cue corpus takes. */
    public static final List<String> PLANTED_CUE_KEYS = List.of("pairs", "min_distance", "max_distance", "marker",
            "fillers");

    private static final String TEXT8 = "http://mattmahoney.net/dc/text8.zip";
    private static final int PLANTED_CHARS = 1_000_000;
    private static final int PLANTED_PAIRS = 8;
    private static final int PLANTED_MIN = 10;
    private static final int PLANTED_MAX = 160;
    private static final int PLANTED_FILLERS = 100;

    /**
     * Checks the values against their declarations and the rules between them.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public CorpusConfig {
        ConfigSchema.verify(CorpusConfig.class, source, path, url, limitChars, pairs, minDistance, maxDistance, marker,
                fillers);
    }

    /**
     * The fewest characters from a cue's last letter to the space before its answer: the space
     * after the cue, and the marker with its space when there is one.
     *
     * @param marker whether a marker comes before the answer
     * @return the shortest possible distance
     */
    public static int shortestDistance(boolean marker) {
        return 1 + (marker ? MARKER.length() + 1 : 0);
    }

    /**
     * The URL defaults to the original text8.zip for text8, the planted-cue settings to theirs for
     * planted-cue; a path goes with source path (and may with planted-cue), a URL with text8, the
     * planted-cue settings with planted-cue, where the distances make a range that leaves room for
     * the marker.
     */
    static Relations relations() {
        return new Relations()
                .derive("url", values -> values.get("source") == CorpusKind.TEXT8 ? TEXT8_URL : null)
                .derive("limit_chars", values -> planted(values) ? PLANTED_CHARS : null)
                .derive("pairs", values -> planted(values) ? PLANTED_PAIRS : null)
                .derive("min_distance", values -> planted(values) ? PLANTED_MIN : null)
                .derive("max_distance", values -> planted(values) ? PLANTED_MAX : null)
                .derive("marker", values -> planted(values) ? true : null)
                .derive("fillers", values -> planted(values) ? PLANTED_FILLERS : null)
                .check(CorpusConfig::sourceRules)
                .check(CorpusConfig::distanceRules);
    }

    private static boolean planted(Values values) {
        return values.get("source") == CorpusKind.PLANTED_CUE;
    }

    private static List<Violation> sourceRules(Values values) {
        CorpusKind source = values.get("source");
        boolean fromPath = source == CorpusKind.PATH;
        List<Violation> violations = new ArrayList<>();
        if (fromPath && !values.has("path")) {
            violations.add(new Violation("path", ValueFormats.PATH_EXPECTED + " (required when source is path)", null));
        }
        if (source == CorpusKind.TEXT8 && values.has("path")) {
            violations.add(new Violation("path", "no path when source is text8", values.get("path")));
        }
        if (source != CorpusKind.TEXT8 && values.has("url")) {
            violations.add(new Violation("url", "no url when source is " + YamlNames.of(source)
                    + " (url is only for text8)", values.get("url")));
        }
        if (source != CorpusKind.PLANTED_CUE) {
            for (String key : PLANTED_CUE_KEYS) {
                if (values.has(key)) {
                    violations.add(new Violation(key, "no " + key + " when source is " + YamlNames.of(source) + " ("
                            + key + " is only for planted-cue)", values.get(key)));
                }
            }
        }
        return violations;
    }

    private static List<Violation> distanceRules(Values values) {
        if (!planted(values)) {
            return List.of();
        }
        int shortest = values.get("min_distance");
        int longest = values.get("max_distance");
        boolean marker = values.get("marker");
        List<Violation> violations = new ArrayList<>();
        if (shortest < shortestDistance(marker)) {
            violations.add(new Violation("min_distance", "at least " + shortestDistance(marker) + (marker
                    ? " (the space after the cue, then the marker \"" + MARKER + "\" and its space)"
                    : " (the space after the cue)"), shortest));
        }
        if (longest < shortest) {
            violations.add(new Violation("max_distance", "at least min_distance (" + shortest + ")", longest));
        }
        return violations;
    }
}
