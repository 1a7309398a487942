package io.github.rnnmem.experiments.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the jobs of a sweep leave in {@code RUN/sweep/logs/}, one pair of files per shard: {@code
 * shard-<I>.log}, everything the shard's processes printed (appended to by every attempt), and
 * {@code shard-<I>.exit}, written by the job's script when the shard's process ends: {@code
 * shard=I/N status=S} for its last attempt. A scheduler's own messages (a time limit, say) go to
 * {@code slurm-<job>.out} files beside them.
 */
public final class ShardLogs {

    private static final Pattern EXIT = Pattern.compile("shard=([0-9]+)/([0-9]+) status=([0-9]+)");
    private static final Pattern EXIT_FILE = Pattern.compile("shard-([0-9]+)\\.exit");

    private final Path directory;

    /**
     * The logs of a run directory's sweep.
     *
     * @param run the run directory
     */
    public ShardLogs(RunDirectory run) {
        this.directory = run.sweep().resolve("logs");
    }

    /**
     * The folder of the logs.
     *
     * @return {@code RUN/sweep/logs}
     */
    public Path directory() {
        return directory;
    }

    /**
     * A shard's log.
     *
     * @param shard the shard's index
     * @return {@code shard-<I>.log}
     */
    public Path log(int shard) {
        return directory.resolve("shard-" + shard + ".log");
    }

    /**
     * The file of a shard's exit status.
     *
     * @param shard the shard's index
     * @return {@code shard-<I>.exit}
     */
    public Path exitFile(int shard) {
        return directory.resolve("shard-" + shard + ".exit");
    }

    /**
     * How a shard's last attempt ended.
     *
     * @param shard the shard's index
     * @return the shard and its exit status, or empty when no attempt has ended (or the file is not
     *     one this format)
     */
    public Optional<Exit> exit(int shard) {
        Path file = exitFile(shard);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = EXIT.matcher(Files.readString(file, StandardCharsets.UTF_8).strip());
            return matcher.matches() && Integer.parseInt(matcher.group(1)) == shard
                    ? Optional.of(new Exit(new Shard(shard, Integer.parseInt(matcher.group(2))),
                            Integer.parseInt(matcher.group(3))))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The exits of every shard that left one.
     *
     * @return the exits, in no particular order
     */
    public List<Exit> exits() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> EXIT_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .flatMap(matcher -> exit(Integer.parseInt(matcher.group(1))).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /**
     * The last line a shard printed that is not blank.
     *
     * @param shard the shard's index
     * @return the line, or empty when the shard has no log or an empty one
     */
    public Optional<String> lastLine(int shard) {
        Path file = log(shard);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = text.split("[\r\n]+");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank()) {
                    return Optional.of(lines[i].strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * How a shard's process ended.
     *
     * @param shard the shard
     * @param status its exit status: 0 done, 2 input to fix or a unit diverged, 143 stopped on
     *     SIGTERM (checkpoint written), 137 killed, others failures
     */
    public record Exit(Shard shard, int status) {}
}
