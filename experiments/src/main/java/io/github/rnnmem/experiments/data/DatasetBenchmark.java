package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the data layer at the article's scale: building the task from about 10^8 characters,
 * loading it from its cache file and assembling training batches of 64 sequences of up to 200
 * characters.
 *
 * <p>The corpus files are normalised once and repeated, joined by single spaces, until the target
 * length (cut back to a whole word); that text is written to a scratch file and built with the
 * article's settings. Build time includes reading and normalising the file. Peak heap is the sum of
 * the heap pools' peak usage during the build, an upper bound on the true peak. Run it with {@code
 * -Xmx3g} to show the build fits in 3 GB:
 *
 * <pre>
 * java -Xmx3g -cp experiments/target/classes io.github.rnnmem.experiments.data.DatasetBenchmark \
 *     CORPUS_DIR [TARGET_CHARS [SCRATCH_DIR]]
 * </pre>
 */
public final class DatasetBenchmark {

    /** The article's training seed, used for the split and the batch order. */
    private static final long SEED = 450_849_059L;
    private static final int BATCH_SIZE = 64;
    private static final int WARMUP_BATCHES = 500;
    private static final int TIMED_BATCHES = 3_000;
    private static final double MB = 1024.0 * 1024.0;

    private DatasetBenchmark() {}

    /**
     * Runs the benchmark from the command line.
     *
     * @param args the corpus directory, then optionally the target length in characters (default
     *     100,000,000) and a scratch directory (default the system's temporary directory)
     * @throws IOException when the scratch files cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: DatasetBenchmark CORPUS_DIR [TARGET_CHARS [SCRATCH_DIR]]");
            System.exit(2);
        }
        long target = args.length > 1 ? Long.parseLong(args[1]) : 100_000_000L;
        Path scratch = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
        run(Path.of(args[0]), target, scratch, System.out);
    }

    /**
     * Runs the benchmark and prints the measured figures.
     *
     * @param corpusDirectory the corpus files to repeat
     * @param targetChars how many characters to build the task from
     * @param scratchDirectory where the repeated corpus and the cache file are written, then deleted
     * @param out where the figures are printed
     * @throws IOException when the scratch files cannot be written
     */
    public static void run(Path corpusDirectory, long targetChars, Path scratchDirectory, PrintStream out)
            throws IOException {
        Files.createDirectories(scratchDirectory);
        Path work = Files.createTempDirectory(scratchDirectory, "dataset-benchmark-");
        try {
            out.printf(Locale.ROOT, "Dataset benchmark: Java %s, %d processors, max heap %,.0f MB%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
            Path corpusFile = repeatCorpus(corpusDirectory, targetChars, work.resolve("corpus.txt"), out);
            PathCorpus corpus = new PathCorpus(corpusFile, 0);
            TaskSettings settings = TaskSettings.defaults(SEED);
            Path cache = work.resolve("cache");

            System.gc();
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            AutocompleteDataset built = DatasetCache.loadOrBuild(
                    corpus, settings, cache, ProgressReporter.silent(), warning -> out.println("warning: " + warning));
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "build: %.1f s, peak heap %,.0f MB, file %,.0f MB, %,d sequences (%,d train)%n",
                    buildSeconds, peakHeap / MB, Files.size(built.file()) / MB, built.statistics().totalSequences(),
                    built.statistics().trainSequences());

            start = System.nanoTime();
            AutocompleteDataset loaded = DatasetCache.loadOrBuild(
                    corpus, settings, cache, ProgressReporter.silent(), warning -> out.println("warning: " + warning));
            out.printf(Locale.ROOT, "load: %.2f s (file mapped, checksum verified)%n", (System.nanoTime() - start) / 1e9);

            timeBatches(loaded.split(Split.TRAIN), out);
            out.print(loaded.statistics().toTable());
        } finally {
            deleteRecursively(work);
        }
    }

    private static Path repeatCorpus(Path corpusDirectory, long targetChars, Path file, PrintStream out) throws IOException {
        long start = System.nanoTime();
        NormalisedText text = new PathCorpus(corpusDirectory, 0).read(ProgressReporter.silent());
        double normaliseSeconds = (System.nanoTime() - start) / 1e9;
        byte[] bytes = text.bytes().bytes();
        int length = text.length();
        long written = 0;
        int copies = 0;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            while (true) {
                long room = targetChars - written - (written > 0 ? 1 : 0);
                int take = (int) Math.min(length, room);
                while (take > 0 && take < length && bytes[take] != ' ') {
                    take--;
                }
                if (take <= 0) {
                    break;
                }
                if (written > 0) {
                    stream.write(' ');
                    written++;
                }
                stream.write(bytes, 0, take);
                written += take;
                if (take < length) {
                    break;
                }
                copies++;
            }
        }
        out.printf(Locale.ROOT,
                "corpus: %s normalised to %,d characters in %.2f s; %d whole copies and a part: %,d characters%n",
                corpusDirectory, length, normaliseSeconds, copies, written);
        return file;
    }

    private static void timeBatches(SequenceSet train, PrintStream out) {
        BatchSampler sampler = BatchSampler.training(train, BATCH_SIZE, SEED);
        BatchCursor cursor = BatchCursor.START;
        for (int b = 0; b < WARMUP_BATCHES; b++) {
            sampler.batch(cursor);
            cursor = sampler.next(cursor);
        }
        long start = System.nanoTime();
        long cells = 0;
        for (int b = 0; b < TIMED_BATCHES; b++) {
            Batch batch = sampler.batch(cursor);
            cells += (long) batch.batchSize() * batch.time();
            cursor = sampler.next(cursor);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "batches: %.3f ms per batch of %d (mean of %,d after %,d warm-up; %,.0f cells each)%n",
                1e3 * seconds / TIMED_BATCHES, BATCH_SIZE, TIMED_BATCHES, WARMUP_BATCHES, (double) cells / TIMED_BATCHES);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
