package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.CorpusFiles;
import io.github.rnnmem.experiments.data.internal.CorpusReader;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Local text: a file, or a directory whose regular files (recursively, by relative path, hidden
 * ones skipped) are read in turn. Files are UTF-8 plain text or WikiExtractor output; {@code .gz}
 * files are gunzipped and {@code .zip} archives contribute their text entries in name order (so a
 * downloaded {@code text8.zip} works as it is).
 *
 * @param path the file or directory ({@code corpus.path})
 * @param limitChars the most characters kept ({@code corpus.limit_chars}); {@code <= 0} for all
 */
public record PathCorpus(Path path, long limitChars) implements CorpusSource {

    private static final String SETTING = "corpus.path";

    /** Checks the path is given. */
    public PathCorpus {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
        return path + (limitChars > 0 ? String.format(Locale.ROOT, ", first %,d characters", limitChars) : "");
    }

    /** The relative name, size and modification time of every file, and the limit. */
    @Override
    public String fingerprint() {
        return "path\n" + CorpusFiles.fingerprint(CorpusFiles.list(path, SETTING)) + "limit_chars=" + Math.max(0, limitChars);
    }

    @Override
    public NormalisedText read(ProgressReporter progress) {
        return new NormalisedText(CorpusReader.read(path.toString(), CorpusFiles.list(path, SETTING), limitChars, progress));
    }
}
