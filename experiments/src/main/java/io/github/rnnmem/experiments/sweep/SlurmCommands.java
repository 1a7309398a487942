package io.github.rnnmem.experiments.sweep;

import io.github.rnnmem.experiments.BadInputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Slurm} through {@code scontrol}, {@code squeue} and a sweep's {@code submit.sh} (which runs {@code sbatch}). */
public final class SlurmCommands implements Slurm {

    private static final Pattern MAX_ARRAY_SIZE = Pattern.compile("(?m)^MaxArraySize\\s*=\\s*(\\d+)");
    private static final Pattern SUBMITTED = Pattern.compile("(prepare|array|merge) (\\d+)");
    private static final long TIMEOUT_SECONDS = 120;

    private final Map<String, String> environment;
    private final String path;

    /**
     * Uses the commands found on the search path of an environment.
     *
     * @param environment the variables the commands run with (over this process's), among them
     *     {@code PATH}, the directories searched, and {@code SLURM_CONF} where the cluster needs it
     */
    public SlurmCommands(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.path = environment.getOrDefault("PATH", "");
    }

    @Override
    public boolean available() {
        return List.of("sbatch", "squeue", "scontrol").stream().allMatch(command -> find(command).isPresent());
    }

    @Override
    public int maxArraySize() {
        Output config = run(List.of(command("scontrol"), "show", "config"));
        if (config.status() != 0) {
            throw new BadInputException("scontrol show config failed (exit status " + config.status() + "): "
                    + config.text().strip());
        }
        Matcher matcher = MAX_ARRAY_SIZE.matcher(config.text());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : SlurmScripts.DEFAULT_MAX_ARRAY_SIZE;
    }

    @Override
    public Map<String, String> submit(Path script) {
        Output output = run(List.of(command("bash"), script.toString()));
        Map<String, String> ids = new LinkedHashMap<>();
        int arrays = 0;
        Matcher matcher = SUBMITTED.matcher(output.text());
        while (matcher.find()) {
            String job = matcher.group(1);
            if (job.equals("array")) {
                arrays++;
                job = arrays == 1 ? "array" : "array " + arrays;
            }
            ids.put(job, matcher.group(2));
        }
        if (output.status() != 0) {
            throw new BadInputException("submitting the sweep failed (exit status " + output.status() + ")"
                    + (ids.isEmpty() ? "" : " after submitting " + ids) + ": " + output.text().strip());
        }
        return ids;
    }

    @Override
    public Optional<List<QueuedJob>> queue(List<String> jobIds) {
        if (find("squeue").isEmpty()) {
            return Optional.empty();
        }
        Output output = run(List.of(command("squeue"), "--noheader", "--array", "--format=%i|%T|%R"));
        if (output.status() != 0) {
            return Optional.empty();
        }
        List<QueuedJob> jobs = new ArrayList<>();
        for (String line : output.text().split("\n")) {
            String[] cells = line.strip().split("\\|", 3);
            if (cells.length == 3 && jobIds.contains(cells[0].split("_")[0])) {
                jobs.add(new QueuedJob(cells[0], cells[1], cells[2]));
            }
        }
        return Optional.of(jobs);
    }

    /** A command by its path on the search path, or its name when it is not there. */
    private String command(String name) {
        return find(name).map(Path::toString).orElse(name);
    }

    private Optional<Path> find(String command) {
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What a command printed (standard output and error together) and its exit status. */
    private record Output(int status, String text) {}

    private Output run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BadInputException(String.join(" ", command) + " did not answer within " + TIMEOUT_SECONDS
                        + " s; is slurmctld running?");
            }
            return new Output(process.exitValue(), text);
        } catch (IOException e) {
            throw new BadInputException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
