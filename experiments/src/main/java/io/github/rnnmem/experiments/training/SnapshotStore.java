package io.github.rnnmem.experiments.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A unit's weight snapshots in one directory, {@code step-<N>.ckpt}: checkpoints without optimizer
 * state, written at validation steps, so that analyses can take a unit's weights at an earlier
 * validation loss than its last ({@code analysis.at: matched-loss}). The run keeps only the ones it
 * chose.
 */
public final class SnapshotStore {

    private static final Pattern NAME = Pattern.compile("step-(\\d+)\\.ckpt");

    private final Path directory;

    /**
     * Opens the store.
     *
     * @param directory the unit's snapshot directory, created on the first save
     */
    public SnapshotStore(Path directory) {
        this.directory = directory;
    }

    /**
     * Saves a snapshot.
     *
     * @param snapshot the weights and the step they belong to (its optimizer state is not kept)
     * @throws IOException if writing fails; other snapshots are intact
     */
    public void save(Checkpoint snapshot) throws IOException {
        Files.createDirectories(directory);
        CheckpointStore.write(file(snapshot.step()), new Checkpoint(snapshot.identity(), snapshot.step(), snapshot.epoch(),
                snapshot.batch(), snapshot.seconds(), snapshot.finished(), snapshot.parameters(), new byte[0]));
    }

    /**
     * The steps with a snapshot.
     *
     * @return the steps, in increasing order
     * @throws IOException if the directory cannot be listed
     */
    public List<Long> steps() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Long> steps = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    steps.add(Long.parseLong(name.group(1)));
                }
            });
        }
        steps.sort(null);
        return steps;
    }

    /**
     * Reads the snapshot of a step.
     *
     * @param step the step
     * @param warnings receives a line when the file is damaged
     * @return the snapshot, or empty when it is missing or damaged
     */
    public Optional<Checkpoint> load(long step, Consumer<String> warnings) {
        Path file = file(step);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckpointStore.read(file));
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept(file + " cannot be used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Deletes every snapshot but those of the given steps.
     *
     * @param kept the steps whose snapshots stay
     * @throws IOException if a file cannot be deleted
     */
    public void keepOnly(Set<Long> kept) throws IOException {
        for (long step : steps()) {
            if (!kept.contains(step)) {
                Files.deleteIfExists(file(step));
            }
        }
    }

    private Path file(long step) {
        return directory.resolve("step-" + step + ".ckpt");
    }
}
