package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.EnumRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.PathRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import io.github.rnnmem.experiments.config.internal.UrlRule;
import io.github.rnnmem.experiments.config.internal.Violation;
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
 *   source: text8        # text8 | path (required)
 *   path: books/         # required iff source is path; relative to the YAML file's directory
 *   url: http://...      # only for text8; default the original text8.zip
 *   limit_chars: 5000000 # optional, >= 1000: keep this prefix of the normalised corpus
 * }</pre>
 *
 * @param source where the text comes from
 * @param path the file or directory, present exactly when {@code source} is {@link
 *     CorpusKind#PATH}
 * @param url where text8.zip is downloaded from, present exactly when {@code source} is {@link
 *     CorpusKind#TEXT8}
 * @param limitChars how many characters of the normalised corpus to keep, or empty for all
 */
public record CorpusConfig(CorpusKind source, Optional<Path> path, Optional<URI> url, OptionalInt limitChars) {

    /** Where Matt Mahoney publishes text8.zip (31,344,016 bytes, one file {@code text8}). */
    public static final URI TEXT8_URL = URI.create("http://mattmahoney.net/dc/text8.zip");

    static final Setting<CorpusKind> SOURCE = new Setting<>(
            "source",
            EnumRule.of(CorpusKind.class),
            Fallback.required(),
            "where the text comes from: text8 (downloaded once, then cached) or a local file or directory");
    static final Setting<Path> PATH = new Setting<>(
            "path",
            new PathRule(true),
            Fallback.none(),
            "the text file, or directory of text files; required exactly when source is path");
    static final Setting<URI> URL = new Setting<>(
            "url",
            new UrlRule(),
            Fallback.derived(
                    TEXT8_URL + " when source is text8",
                    fields -> fields.get(SOURCE) == CorpusKind.TEXT8 ? TEXT8_URL : null),
            "the mirror text8.zip is downloaded from; only with source text8");
    static final Setting<Integer> LIMIT_CHARS = new Setting<>(
            "limit_chars",
            IntegerRule.between(1000, Integer.MAX_VALUE),
            Fallback.none(),
            "keep only this many characters from the start of the normalised corpus");

    static final Section<CorpusConfig> SECTION = new Section<>(
            "corpus",
            "the text the dataset is built from",
            Fallback.required(),
            CorpusConfig.class,
            new Table(List.of(SOURCE, PATH, URL, LIMIT_CHARS), List.of(CorpusConfig::sourceRules)),
            fields -> new CorpusConfig(
                    fields.get(SOURCE), fields.optional(PATH), fields.optional(URL), fields.optionalInt(LIMIT_CHARS)),
            corpus -> fields(corpus.source, corpus.path, corpus.url, corpus.limitChars));

    /**
     * Checks the values against the same rules as the {@code corpus} mapping of a YAML file.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public CorpusConfig {
        SECTION.verify(fields(source, path, url, limitChars));
    }

    private static Fields fields(
            CorpusKind source, Optional<Path> path, Optional<URI> url, OptionalInt limitChars) {
        return new Fields().put(SOURCE, source).put(PATH, path).put(URL, url).put(LIMIT_CHARS, limitChars);
    }

    /** A path exactly with source path, a URL only with source text8. */
    private static List<Violation> sourceRules(Fields fields) {
        boolean fromPath = fields.get(SOURCE) == CorpusKind.PATH;
        List<Violation> violations = new ArrayList<>();
        if (fromPath && !fields.has(PATH)) {
            violations.add(new Violation("path", PATH.expected() + " (required when source is path)", null));
        }
        if (!fromPath && fields.has(PATH)) {
            violations.add(new Violation("path", "no path when source is text8", fields.get(PATH)));
        }
        if (fromPath && fields.has(URL)) {
            violations.add(new Violation("url", "no url when source is path (url is only for text8)", fields.get(URL)));
        }
        return violations;
    }
}
