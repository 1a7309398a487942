package io.github.rnnmem.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The step benchmark on a tiny size: every row and ratio printed, the operators of a step counted. */
class StepBenchmarkTest {

    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());
    private static final BenchSize TINY = new BenchSize("tiny", 3, 5, 4, 12, List.of(
            new BenchUnit("gru: article (unrolled)", "gru", null, 6, 2, 0, "gru", true),
            new BenchUnit("nested-lstm: article (unrolled)", "nested-lstm", null, 5, 1, 2, "lstm", true)));

    @Test
    void printsEveryUnitWithItsPeersAndFloors() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new StepBenchmark(UNITS, 1).run("MXNet", TINY, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("gru: DJL's fused kernel"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("lstm: DJL's fused kernel"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("plain DJL model: gru"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("plain DJL model: lstm"));
        List<String> units = lines.stream().filter(line -> line.startsWith("gru: article") || line.startsWith("nested-lstm:")).toList();
        assertThat(units).hasSize(4);
        for (String row : units) {
            double ratio = Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1));
            assertThat(ratio).as(row).isPositive().isFinite();
        }
    }

    @Test
    void countsTheSameOperatorsPerStepWhateverTheBatch() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "MXNet")) {
            RecurrentUnitProvider gru = UNITS.get("gru").provider();
            Block layer = gru.newLayer(4, gru.hyperparameters().resolve(Map.of("hidden", 6)));
            layer.initialize(manager, DataType.FLOAT32, new Shape(3, 5, 4));
            double[] counts = {LayerFloor.operatorsPerStep(manager, layer, 3, 4), LayerFloor.operatorsPerStep(manager, layer, 7, 4)};

            assertThat(counts[0]).isEqualTo(counts[1]);
            assertThat(counts[0]).as(Arrays.toString(counts)).isBetween(11.0, 16.0);
        }
    }
}
