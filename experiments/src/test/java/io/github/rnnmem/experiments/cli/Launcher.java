package io.github.rnnmem.experiments.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code rnnmem} launcher script of this checkout as a user would, on the module path,
 * offline, and captures what it prints.
 */
final class Launcher {

    private static final Path SCRIPT = Path.of("..", "rnnmem").toAbsolutePath().normalize();

    private Launcher() {}

    static CommandResult run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile("rnnmem-out", ".txt");
        Path err = Files.createTempFile("rnnmem-err", ".txt");
        Process process = start(out, err, environment, arguments);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("rnnmem " + String.join(" ", arguments) + " did not finish");
        }
        CommandResult result = new CommandResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /**
     * Starts the launcher without waiting for it. The script replaces itself with the JVM, so the
     * process is the JVM and killing it kills rnnmem.
     */
    static Process start(Path out, Path err, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(SCRIPT.getParent().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_OPTS", "-Dai.djl.offline=true");
        builder.environment().put("OMP_NUM_THREADS", "2");
        builder.environment().remove("RNNMEM_PLUGIN_PATH");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
