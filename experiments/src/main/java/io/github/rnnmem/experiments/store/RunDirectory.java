package io.github.rnnmem.experiments.store;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run directory: {@code experiment.yaml} (the resolved configuration, its hash in a header
 * comment), {@code provenance.json}, {@code data/} (the dataset cache), one directory per unit,
 * {@code results.md}, {@code figures/} and {@code report.html}.
 *
 * <p>A directory holds one experiment, in the version last run there; results of earlier versions
 * are kept unit by unit where they still apply (each unit's {@code identity.json} says what it was trained
 * from).
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
     * Takes the directory for an experiment and records its resolved configuration. A directory
     * may hold results of earlier versions of the experiment: each unit's results carry its
     * training identity and are reused or replaced unit by unit. A directory with other content
     * that is not a run directory is refused: nothing of the user's is ever deleted.
     *
     * @param canonicalYaml the experiment's resolved configuration
     * @param configHash the experiment's hash
     * @throws BadInputException when the directory holds files that are not a run's
     * @throws IOException if the directory cannot be written
     */
    public void claim(String canonicalYaml, String configHash) throws IOException {
        if (recordedHash().isEmpty() && !foreignEntries().isEmpty()) {
            throw new BadInputException(root + " is not an rnnmem run directory (it holds "
                    + String.join(", ", foreignEntries()) + "): choose another output, for example --set output=runs/other");
        }
        Files.createDirectories(root);
        AtomicFiles.deleteLeftovers(root, 3);
        AtomicFiles.writeString(experiment(), "# resolved configuration: every default filled in\n"
                + HASH_PREFIX + configHash + "\n" + canonicalYaml);
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
}
