package io.github.rnnmem.units.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.api.testkit.LayerHarness;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LSTM variants stay right on engines whose fused kernel is faulty at some widths (PyTorch
 * 2.7.1 on some AVX-512 CPUs below a width of about 32). The build runs this class a second time
 * without pinning oneDNN's instruction set, so that on such a machine it meets the faulty kernel.
 */
class FusedKernelGuardTest {

    static List<Arguments> widths() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : Engines.available()) {
            for (int[] width : new int[][] {{3, 2}, {16, 16}, {40, 40}}) {
                cases.add(Arguments.of(engine, width[0], width[1]));
            }
        }
        return cases;
    }

    private static LayerHarness harness(String engine, String variant, int input, int hidden, int seed) {
        LstmProvider provider = new LstmProvider();
        var hyperparameters = provider.hyperparameters().resolve(Map.of("hidden", hidden, "variant", variant));
        return new LayerHarness(engine, provider.newLayer(input, hyperparameters), DataType.FLOAT32,
                new Shape(3, 5, input), seed);
    }

    /** The default variant computes the article's cell, on the kernel or, where it is faulty, step by step. */
    @ParameterizedTest
    @MethodSource("widths")
    void articleVariantComputesTheCellWhateverTheKernel(String engine, int input, int hidden) throws Exception {
        try (LayerHarness reference = harness(engine, "article-unrolled", input, hidden, 1);
                LayerHarness article = harness(engine, "article", input, hidden, 2)) {
            Random random = new Random(3);
            reference.randomize("kernel", random);
            reference.randomize("bias", random);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                reference.layer().saveParameters(out);
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                article.layer().loadParameters(article.manager(), in);
            }
            Shape shape = reference.inputShape();
            double[] expected = LayerHarness.doubles(reference.forward(reference.random(shape, 7)));
            assertThat(LayerHarness.doubles(article.forward(article.random(shape, 7)))).containsExactly(expected, within(2e-6));
        }
    }

    /** DJL's own kernel either computes the LSTM or refuses to start, naming the fault. */
    @ParameterizedTest
    @MethodSource("widths")
    void fusedVariantComputesTheLstmOrRefusesToStart(String engine, int input, int hidden) {
        try (LayerHarness reference = harness(engine, "article-unrolled", input, hidden, 1)) {
            LayerHarness fused;
            try {
                fused = harness(engine, "fused", input, hidden, 2);
            } catch (IllegalStateException refused) {
                assertThat(refused).hasMessageContaining("fused LSTM kernel").hasMessageContaining("computes wrong results")
                        .hasMessageContaining("hidden width " + hidden).hasMessageContaining("variant fused cannot be trained");
                return;
            }
            try (fused) {
                Random random = new Random(5);
                double[] kernel = reference.randomize("kernel", random);
                double[] bias = reference.randomize("bias", random);
                FusedLayout.copyArticleParameters(fused, kernel, bias, input, hidden);
                Shape shape = reference.inputShape();
                double[] expected = LayerHarness.doubles(reference.forward(reference.random(shape, 11)));
                assertThat(LayerHarness.doubles(fused.forward(fused.random(shape, 11)))).containsExactly(expected, within(2e-6));
            }
        }
    }
}
