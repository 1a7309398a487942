package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code rnnmem describe} of the article's experiment prints the article's parameter table. */
class DescribeCommandTest {

    /** The experiment file shipped with rnnmem; tests run in the module's directory. */
    private static final Path PAPER = Path.of("paper.yaml");

    /** The table's cells of one model: model, unit, units, layers, depth, embedding, recurrent, dense. */
    private static List<String> row(String out, String model) {
        String line = out.lines().filter(l -> l.startsWith(model + " ")).findFirst().orElseThrow();
        return Arrays.asList(line.split(" {2,}")).subList(0, 8);
    }

    @Test
    void printsTheArticlesParameterCounts() {
        assertThat(PAPER).isRegularFile();
        CommandResult result = InProcess.run("describe", PAPER.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(row(result.out(), "gru"))
                .containsExactly("gru", "gru", "600", "2", "-", "16,200", "4,323,600", "9,847,986");
        assertThat(row(result.out(), "lstm"))
                .containsExactly("lstm", "lstm", "600", "2", "-", "16,200", "5,764,800", "9,847,986");
        assertThat(row(result.out(), "nested-lstm"))
                .containsExactly("nested-lstm", "nested-lstm", "600", "1", "2", "16,200", "5,764,800", "9,847,986");
    }
}
