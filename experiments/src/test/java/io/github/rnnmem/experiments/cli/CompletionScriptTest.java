package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The script of {@code rnnmem completion bash}, loaded into a real bash and asked for completions
 * as bash asks when Tab is pressed (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT, then the
 * function {@code complete -p rnnmem} names).
 */
class CompletionScriptTest {

    /** Sets the completion variables for a line typed so far and prints what the script offers. */
    private static final String DRIVER = """
            source "$1" 2>/dev/null
            spec=$(complete -p rnnmem) || exit 3
            function=$(sed -E 's/.* -F ([^ ]+) .*/\\1/' <<< "$spec")
            line="$2"
            read -r -a COMP_WORDS <<< "$line"
            [[ "$line" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$line"
            COMP_POINT=${#line}
            "$function" rnnmem "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
            printf '%s\\n' "${COMPREPLY[@]}"
            """;

    @TempDir static Path directory;
    private static Path script;

    @BeforeAll
    static void writeTheScriptAndSomeFiles() throws IOException {
        CommandResult completion = InProcess.run("completion", "bash");
        assertThat(completion.status()).as(completion.err()).isZero();
        script = Files.writeString(directory.resolve("rnnmem.bash"), completion.out(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("quickstart.yaml"), "name: quickstart\n");
        Files.writeString(directory.resolve("quiet.txt"), "text\n");
        Files.createDirectory(directory.resolve("runs"));
    }

    /** What bash offers for a line typed so far, the cursor at its end, run in {@link #directory}. */
    private static List<String> complete(Path completionScript, String line) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", DRIVER, "driver",
                completionScript.toString(), line)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(out).isZero();
        List<String> offered = new ArrayList<>(out.lines().filter(word -> !word.isEmpty()).toList());
        offered.sort(null);
        return offered;
    }

    private static List<String> complete(String line) throws IOException, InterruptedException {
        return complete(script, line);
    }

    @Test
    void theScriptRegistersItselfForRnnmem() {
        assertThat(script).content().contains("complete -F _complete_rnnmem -o default rnnmem");
    }

    @Test
    void completesCommands() throws Exception {
        assertThat(complete("rnnmem ")).containsExactly("analyze", "bench", "completion", "dataset", "describe", "help", "report",
                "run", "serve", "sweep", "units");
        assertThat(complete("rnnmem sweep st")).containsExactly("status");
        assertThat(complete("rnnmem r")).containsExactly("report", "run");
        assertThat(complete("rnnmem help re")).containsExactly("report");
    }

    @Test
    void completesOptions() throws Exception {
        assertThat(complete("rnnmem run --")).containsExactlyInAnyOrder("--corpus", "--force", "--help", "--plugin-path",
                "--prepare", "--set", "--shard", "--version");
        assertThat(complete("rnnmem sweep x.yaml --s")).containsExactly("--set", "--shards", "--slurm", "--submit");
        assertThat(complete("rnnmem run quickstart.yaml --f")).containsExactly("--force");
        assertThat(complete("rnnmem --p")).containsExactly("--plugin-path");
        assertThat(complete("rnnmem describe --s")).containsExactly("--schema", "--set");
    }

    @Test
    void completesFilesForFileArguments() throws Exception {
        assertThat(complete("rnnmem run qu")).containsExactly("quickstart.yaml", "quiet.txt");
        assertThat(complete("rnnmem dataset --corpus qu")).containsExactly("quickstart.yaml", "quiet.txt");
        assertThat(complete("rnnmem report ru")).containsExactly("runs");
        assertThat(complete("rnnmem --plugin-path ru")).containsExactly("runs");
        assertThat(complete("rnnmem bench --dataset ru")).containsExactly("runs");
    }

    @Test
    void completesTheValuesAnOptionKnows() throws Exception {
        assertThat(complete("rnnmem bench --engine ")).containsExactly("mxnet", "pytorch");
        assertThat(complete("rnnmem completion ")).containsExactly("bash", "zsh");
    }

    /** A command that takes a unit, as a command declares it. */
    @Command(name = "probe")
    static final class ProbeCommand implements Callable<Integer> {
        @Option(names = "--unit", completionCandidates = UnitNames.class, description = "a unit")
        private List<String> units;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void completesUnitNamesForUnitOptions() throws Exception {
        CommandLine tree = CommandLineModel.build().addSubcommand(ProbeCommand.class);
        Path withProbe = Files.writeString(directory.resolve("probe.bash"), CompletionCommand.script(tree));
        assertThat(complete(withProbe, "rnnmem probe --unit ")).containsExactly("gru", "lstm", "nested-lstm");
        assertThat(complete(withProbe, "rnnmem probe --unit n")).containsExactly("nested-lstm");
    }
}
