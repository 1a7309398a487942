package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.CorpusFiles;
import io.github.rnnmem.experiments.data.internal.CorpusReader;
import io.github.rnnmem.experiments.data.internal.Text8Download;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Matt Mahoney's text8: the first 10^8 bytes of cleaned English Wikipedia, downloaded once as
 * {@code text8.zip} into a cache directory (resumable, size-checked, renamed atomically) and
 * reused from there without network.
 *
 * @param url where to download {@code text8.zip} from ({@code corpus.url})
 * @param cacheDirectory where {@code text8.zip} is kept, usually {@link CacheDirectory#resolve}
 * @param limitChars the most characters kept ({@code corpus.limit_chars}); {@code <= 0} for all
 * @param zipBytes the archive's exact size, {@value #ZIP_BYTES} for the real one
 * @param entryBytes the exact size of its {@code text8} entry, {@value #ENTRY_BYTES} for the real one
 */
public record Text8Corpus(URI url, Path cacheDirectory, long limitChars, long zipBytes, long entryBytes)
        implements CorpusSource {

    /** The canonical address of {@code text8.zip}. */
    public static final URI DEFAULT_URL = URI.create("http://mattmahoney.net/dc/text8.zip");
    /** The size of the real {@code text8.zip}. */
    public static final long ZIP_BYTES = 31_344_016L;
    /** The size of the {@code text8} entry of the real archive. */
    public static final long ENTRY_BYTES = 100_000_000L;

    /** Checks the url and directory are given and the sizes positive. */
    public Text8Corpus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (zipBytes <= 0 || entryBytes <= 0) {
            throw new IllegalArgumentException("expected sizes must be positive: " + zipBytes + ", " + entryBytes);
        }
    }

    /**
     * The real text8.
     *
     * @param url where to download {@code text8.zip} from
     * @param cacheDirectory where {@code text8.zip} is kept
     * @param limitChars the most characters kept; {@code <= 0} for all
     */
    public Text8Corpus(URI url, Path cacheDirectory, long limitChars) {
        this(url, cacheDirectory, limitChars, ZIP_BYTES, ENTRY_BYTES);
    }

    @Override
    public String describe() {
        return "text8 from " + url + " (cached in " + cacheDirectory + ")"
                + (limitChars > 0 ? String.format(Locale.ROOT, ", first %,d characters", limitChars) : "");
    }

    /** The archive's fixed name and verified sizes, and the limit: the same text from any mirror. */
    @Override
    public String fingerprint() {
        return String.format(
                Locale.ROOT,
                "text8\n%s\t%d\t%s\t%d\nlimit_chars=%d",
                Text8Download.ZIP_NAME,
                zipBytes,
                Text8Download.ENTRY_NAME,
                entryBytes,
                Math.max(0, limitChars));
    }

    /** Downloads {@code text8.zip} unless the cache holds it, then reads its {@code text8} entry. */
    @Override
    public NormalisedText read(ProgressReporter progress) {
        Path zip = new Text8Download(Text8Download.defaultClient(), progress)
                .fetch(url, cacheDirectory, zipBytes, entryBytes);
        return new NormalisedText(CorpusReader.read(zip.toString(), CorpusFiles.list(zip, "corpus"), limitChars, progress));
    }
}
