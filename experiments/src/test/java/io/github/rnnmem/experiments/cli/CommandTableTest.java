package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's table of commands against the help: every command the help lists has a row, every
 * row names a command, and a command's rows show each of its arguments and options.
 */
class CommandTableTest {

    /** The README of this checkout; tests run in the module's directory. */
    private static final Path README = Path.of("..", "README.md");

    /** Options every command has, explained once in the README. */
    private static final Set<String> SHARED_OPTIONS = Set.of("--help", "--version", RnnmemCommand.PLUGIN_PATH);

    private static final Pattern ROW = Pattern.compile("^\\| `\\./rnnmem ([a-z]+)([^`]*)` \\|", Pattern.MULTILINE);
    private static final Pattern OPTION = Pattern.compile("^ {2}(?:-[a-zA-Z], | {4})(--[a-z][a-z-]*)", Pattern.MULTILINE);
    private static final Pattern ARGUMENT = Pattern.compile("^ {6}([A-Z][A-Z=_]*) ", Pattern.MULTILINE);

    /** The command cell of each row of the README's table of commands, by command. */
    private static Map<String, List<String>> documented() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Commands\n");
        assertThat(start).as("the README has a Commands section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (row.find()) {
            rows.computeIfAbsent(row.group(1), name -> new ArrayList<>()).add(row.group(2));
        }
        return rows;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String section(String help, String heading) {
        int start = help.indexOf("\n" + heading + ":\n");
        if (start < 0) {
            return "";
        }
        int end = help.indexOf("\n\n", start + 1);
        return help.substring(start, end < 0 ? help.length() : end);
    }

    static List<String> commands() {
        return HelpTest.commands();
    }

    @Test
    void theTableHasARowForEveryCommandAndNoOther() throws IOException {
        assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(HelpTest.commands());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aCommandsRowsShowItsArgumentsAndOptions(String command) throws IOException {
        String help = InProcess.run(command, "--help").out();
        String rows = String.join(" ", documented().getOrDefault(command, List.of()));
        for (String option : all(OPTION, section(help, "Options"))) {
            if (!SHARED_OPTIONS.contains(option)) {
                assertThat(rows).as("README row of %s", command).containsPattern(Pattern.quote(option) + "\\b");
            }
        }
        for (String argument : all(ARGUMENT, section(help, "Arguments"))) {
            assertThat(rows).as("README row of %s", command).containsPattern("\\b" + argument + "\\b");
        }
    }
}
