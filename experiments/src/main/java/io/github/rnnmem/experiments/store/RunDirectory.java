package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final String LOCK = ".lock";
    private static final String PREPARE_LOCK = ".prepare.lock";
    private static final String REPORT_LOCK = ".report.lock";
    private static final String UNIT_LOCKS = ".locks";
    private static final String SWEEP = "sweep";
    /** What a directory may hold besides run files before it is claimed: the dataset, locks, a sweep's scripts. */
    private static final List<String> UNCLAIMED = List.of("data", LOCK, PREPARE_LOCK, REPORT_LOCK, UNIT_LOCKS, SWEEP);

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
        return unit(label, "", seed, severalSeeds);
    }

    /**
     * The directory of one unit trained with one setting of a grid and one seed: {@code
     * <label>/<setting>/}, and {@code seed-<seed>/} inside it when the experiment has several seeds;
     * without a setting, as {@link #unit(String, int, boolean)}.
     *
     * @param label the unit's label
     * @param setting the directory name of the unit's setting, empty outside a grid
     * @param seed the training seed
     * @param severalSeeds whether the experiment trains every unit with several seeds
     * @return the unit directory
     */
    public UnitDirectory unit(String label, String setting, int seed, boolean severalSeeds) {
        Path directory = setting.isEmpty() ? root.resolve(label) : root.resolve(label).resolve(setting);
        return new UnitDirectory(severalSeeds ? directory.resolve("seed-" + seed) : directory, label, seed);
    }

    /**
     * The list of the experiment's trained units, with what finishing each means ({@link TaskList}).
     *
     * @return {@code tasks.json}
     */
    public Path tasks() {
        return root.resolve("tasks.json");
    }

    /**
     * Where a sweep's scheduler files go: batch scripts, manifests, logs and exit statuses.
     *
     * @return {@code sweep/}
     */
    public Path sweep() {
        return root.resolve(SWEEP);
    }

    /**
     * Takes the directory for this process alone, so that no other run, shard or report writes into
     * it at once.
     *
     * @return the lock, to close when the run ends
     * @throws BadInputException when another process holds the directory
     * @throws IOException if the lock file cannot be created
     */
    public AutoCloseable lock() throws IOException {
        return FileLock.tryTake(root.resolve(LOCK), false).orElseThrow(() -> new BadInputException(root
                + " is in use by another rnnmem process; wait for it to end or choose another output"));
    }

    /**
     * Takes the directory together with other shards of the same run, which lock the units they
     * train one by one ({@link #unitLock}); a run or report holding it alone excludes them.
     *
     * @return the lock, to close when the shard ends
     * @throws BadInputException when a run or report holds the directory
     * @throws IOException if the lock file cannot be created
     */
    public AutoCloseable sharedLock() throws IOException {
        return FileLock.tryTake(root.resolve(LOCK), true).orElseThrow(() -> new BadInputException(root
                + " is in use by an rnnmem run that is not a shard; wait for it to end or choose another output"));
    }

    /**
     * Takes the directory to draw its report: beside running shards, which never write the report's
     * files (every file they write is renamed into place whole, so the report reads finished files
     * only), but not beside a run, which writes its own report, nor beside another report.
     *
     * @return the lock, to close when the report is written
     * @throws BadInputException when a run or another report holds the directory
     * @throws IOException if a lock file cannot be created
     */
    public AutoCloseable reportLock() throws IOException {
        FileLock shared = FileLock.tryTake(root.resolve(LOCK), true).orElseThrow(() -> new BadInputException(root
                + " is in use by another rnnmem process; wait for it to end or choose another output"));
        Optional<FileLock> report = FileLock.tryTake(root.resolve(REPORT_LOCK), false);
        if (report.isEmpty()) {
            shared.close();
            throw new BadInputException(root + " is in use by another rnnmem report; wait for it to end");
        }
        return () -> {
            report.get().close();
            shared.close();
        };
    }

    /**
     * Takes the right to prepare the directory (record the experiment, build the dataset), waiting
     * while another shard prepares it.
     *
     * @return the lock, to close when prepared
     * @throws IOException if the lock file cannot be created or locked
     */
    public FileLock prepareLock() throws IOException {
        return FileLock.take(root.resolve(PREPARE_LOCK));
    }

    /**
     * The lock file of one unit's directory, held while a process trains and analyses the unit. It
     * lives outside the unit's directory, which training may clear.
     *
     * @param unit the unit's directory
     * @return {@code .locks/<the directory's path inside the run, '/' written '%'>.lock}
     */
    public Path unitLock(UnitDirectory unit) {
        return root.resolve(UNIT_LOCKS).resolve(root.relativize(unit.root()).toString().replace('/', '%') + ".lock");
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
     * that is not a run directory is refused: nothing of the user's is ever deleted. Temporary files
     * that a killed process left in the directory itself and in {@code data/} are deleted (those of
     * a unit's directory are its trainer's to delete, see {@link #deleteLeftovers(UnitDirectory)}),
     * and {@code experiment.yaml} is written unless it already says the same, so that shards
     * claiming one directory one after the other write it once.
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
        AtomicFiles.deleteLeftovers(root, 0);
        AtomicFiles.deleteLeftovers(data(), 0);
        String text = "# resolved configuration: every default filled in\n" + HASH_PREFIX + configHash + "\n"
                + canonicalYaml;
        if (!Files.isRegularFile(experiment()) || !Files.readString(experiment()).equals(text)) {
            AtomicFiles.writeString(experiment(), text);
        }
    }

    /**
     * Deletes the temporary files that a killed process left in a unit's directory and the
     * directories inside it; call it while holding the unit (its lock, or the whole run directory).
     *
     * @param unit the unit's directory
     * @throws IOException if a file cannot be deleted
     */
    public void deleteLeftovers(UnitDirectory unit) throws IOException {
        AtomicFiles.deleteLeftovers(unit.root(), 2);
    }

    /** Entries of the directory other than the dataset cache. */
    private List<String> foreignEntries() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> !UNCLAIMED.contains(name)).sorted()
                    .toList();
        }
    }
}
