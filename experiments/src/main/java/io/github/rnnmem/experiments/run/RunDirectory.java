package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run directory: {@code experiment.yaml} (the resolved configuration, its hash in a header
 * comment), {@code provenance.json}, {@code data/} (the dataset cache), one directory per unit,
 * {@code results.md}, {@code figures/} and {@code report.html}.
 *
 * <p>A directory holds one experiment: running a different one there is refused unless forced,
 * and forcing removes the earlier results (the dataset cache stays, it is keyed by its inputs).
 */
public final class RunDirectory {

    private static final String HASH_PREFIX = "# config hash: ";

    private final Path root;

    /**
     * Opens a run directory; nothing is created yet.
     *
     * @param root the directory
     */
    public RunDirectory(Path root) {
        this.root = root;
    }

    /**
     * The directory.
     *
     * @return its path
     */
    public Path root() {
        return root;
    }

    /**
     * The dataset cache directory.
     *
     * @return {@code data/}
     */
    public Path data() {
        return root.resolve("data");
    }

    /**
     * The figures directory.
     *
     * @return {@code figures/}
     */
    public Path figures() {
        return root.resolve("figures");
    }

    /**
     * The resolved configuration.
     *
     * @return {@code experiment.yaml}
     */
    public Path experiment() {
        return root.resolve("experiment.yaml");
    }

    /**
     * The provenance record.
     *
     * @return {@code provenance.json}
     */
    public Path provenance() {
        return root.resolve("provenance.json");
    }

    /**
     * The dataset summary.
     *
     * @return {@code dataset.json}
     */
    public Path dataset() {
        return root.resolve("dataset.json");
    }

    /**
     * The results table.
     *
     * @return {@code results.md}
     */
    public Path results() {
        return root.resolve("results.md");
    }

    /**
     * The report page.
     *
     * @return {@code report.html}
     */
    public Path report() {
        return root.resolve("report.html");
    }

    /**
     * The directory of one unit trained with one seed: {@code <label>/} when the experiment has one
     * seed, {@code <label>/seed-<seed>/} when it has several.
     *
     * @param label the unit's label
     * @param seed the training seed
     * @param severalSeeds whether the experiment trains every unit with several seeds
     * @return the unit directory
     */
    public UnitDirectory unit(String label, int seed, boolean severalSeeds) {
        Path directory = root.resolve(label);
        return new UnitDirectory(severalSeeds ? directory.resolve("seed-" + seed) : directory, label, seed);
    }

    /**
     * Takes the directory for this process alone, so that two runs never write into it at once.
     *
     * @return the lock, to close when the run ends
     * @throws BadInputException when another process holds the directory
     * @throws IOException if the lock file cannot be created
     */
    public AutoCloseable lock() throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BadInputException(root + " is in use by another rnnmem process; wait for it to end or choose"
                    + " another output");
        }
        FileLock held = lock;
        return () -> {
            held.release();
            channel.close();
        };
    }

    /**
     * The configuration hash recorded in the directory, if any.
     *
     * @return the hash of the experiment the directory holds
     */
    public Optional<String> recordedHash() {
        if (!Files.exists(experiment())) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(experiment())) {
            return lines.filter(line -> line.startsWith(HASH_PREFIX))
                    .map(line -> line.substring(HASH_PREFIX.length()).strip())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("unreadable");
        }
    }

    /**
     * Takes the directory for an experiment: refuses one that holds another experiment unless
     * forced, then writes the resolved configuration. A directory with other content that is not a
     * run directory is always refused: nothing of the user's is ever deleted.
     *
     * @param canonicalYaml the experiment's resolved configuration
     * @param configHash the experiment's hash
     * @param force whether to replace a different experiment's results
     * @throws BadInputException when the directory holds another experiment and {@code force} is off,
     *     or holds files that are not a run's
     * @throws IOException if the directory cannot be written
     */
    public void claim(String canonicalYaml, String configHash, boolean force) throws IOException {
        Optional<String> recorded = recordedHash();
        if (recorded.isEmpty() && !foreignEntries().isEmpty()) {
            throw new BadInputException(root + " is not an rnnmem run directory (it holds "
                    + String.join(", ", foreignEntries()) + "): choose another output, for example --set output=runs/other");
        }
        if (recorded.isPresent() && !recorded.get().equals(configHash)) {
            if (!force) {
                throw new BadInputException(root + " holds the results of a different experiment (config hash "
                        + abbreviate(recorded.get()) + ", this one " + abbreviate(configHash)
                        + "): choose another output (for example --set output=runs/other) or add --force to replace"
                        + " its results");
            }
            clearResults();
        }
        Files.createDirectories(root);
        AtomicFiles.deleteLeftovers(root, 3);
        AtomicFiles.writeString(experiment(), "# resolved configuration: every default filled in\n"
                + HASH_PREFIX + configHash + "\n" + canonicalYaml);
    }

    private static String abbreviate(String hash) {
        return hash.substring(0, Math.min(12, hash.length())) + "...";
    }

    /** Entries of the directory other than the dataset cache. */
    private List<String> foreignEntries() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> !name.equals("data") && !name.equals(".lock")).sorted().toList();
        }
    }

    /** Removes everything a run wrote except the dataset cache. */
    private void clearResults() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals("data") && !name.equals(".lock")) {
                    delete(entry);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
