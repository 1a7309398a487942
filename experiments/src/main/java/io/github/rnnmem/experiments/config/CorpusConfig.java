package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Relations;
import io.github.rnnmem.experiments.settings.Setting;
import io.github.rnnmem.experiments.settings.Values;
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
public record CorpusConfig(
        @Setting("where the text comes from: text8 (downloaded once, then cached) or a local file or directory")
        CorpusKind source,
        @Setting(value = "the text file, or directory of text files; required exactly when source is path",
                format = ValueFormats.PathFromFile.class)
        Optional<Path> path,
        @Setting(value = "the mirror text8.zip is downloaded from; only with source text8",
                derived = TEXT8 + " when source is text8", format = ValueFormats.Url.class)
        Optional<URI> url,
        @Setting(value = "keep only this many characters from the start of the normalised corpus",
                range = "[1000, 2147483647]")
        OptionalInt limitChars) {

    /** Where Matt Mahoney publishes text8.zip (31,344,016 bytes, one file {@code text8}). */
    public static final URI TEXT8_URL = URI.create(CorpusConfig.TEXT8);

    private static final String TEXT8 = "http://mattmahoney.net/dc/text8.zip";

    /**
     * Checks the values against their declarations and the rules between them.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public CorpusConfig {
        ConfigSchema.verify(CorpusConfig.class, source, path, url, limitChars);
    }

    /** The URL defaults to the original text8.zip for text8; a path goes exactly with source path, a URL with text8. */
    static Relations relations() {
        return new Relations()
                .derive("url", values -> values.get("source") == CorpusKind.TEXT8 ? TEXT8_URL : null)
                .check(CorpusConfig::sourceRules);
    }

    private static List<Violation> sourceRules(Values values) {
        boolean fromPath = values.get("source") == CorpusKind.PATH;
        List<Violation> violations = new ArrayList<>();
        if (fromPath && !values.has("path")) {
            violations.add(new Violation("path", ValueFormats.PATH_EXPECTED + " (required when source is path)", null));
        }
        if (!fromPath && values.has("path")) {
            violations.add(new Violation("path", "no path when source is text8", values.get("path")));
        }
        if (fromPath && values.has("url")) {
            violations.add(new Violation("url", "no url when source is path (url is only for text8)", values.get("url")));
        }
        return violations;
    }
}
