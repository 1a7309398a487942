package io.github.rnnmem.units.lstm;

import io.github.rnnmem.api.testkit.LayerHarness;

/**
 * Writes the article's LSTM parameters into DJL's fused kernel layout by hand, index by index
 * (gate order i, f, g, o against the article's i, j, f, o; weights transposed; the forget bias
 * moved into the input-to-hidden bias; the hidden-to-hidden bias zero): an implementation
 * independent of {@link LstmOnFusedKernel}'s array operations.
 */
final class FusedLayout {

    /** Fused gate k (i, f, g, o) is the article's gate {@code ARTICLE_GATE[k]} (i, j, f, o). */
    private static final int[] ARTICLE_GATE = {0, 2, 1, 3};

    private FusedLayout() {}

    /**
     * Sets a {@code variant: fused} layer's parameters to the article's.
     *
     * @param fused the harness of the fused layer
     * @param kernel the article's kernel {@code (in + n, 4n)}, row-major
     * @param bias the article's bias {@code (4n)}
     * @param input {@code in}
     * @param hidden {@code n}
     */
    static void copyArticleParameters(LayerHarness fused, double[] kernel, double[] bias, int input, int hidden) {
        double[] inputToHidden = new double[4 * hidden * input];
        double[] hiddenToHidden = new double[4 * hidden * hidden];
        double[] inputBias = new double[4 * hidden];
        for (int gate = 0; gate < 4; gate++) {
            for (int unit = 0; unit < hidden; unit++) {
                int row = gate * hidden + unit;
                int column = ARTICLE_GATE[gate] * hidden + unit;
                for (int i = 0; i < input; i++) {
                    inputToHidden[row * input + i] = kernel[i * 4 * hidden + column];
                }
                for (int j = 0; j < hidden; j++) {
                    hiddenToHidden[row * hidden + j] = kernel[(input + j) * 4 * hidden + column];
                }
                inputBias[row] = bias[column] + (gate == 1 ? LstmLayer.FORGET_BIAS : 0);
            }
        }
        fused.setValues(fused.parameter("01kernel_l_0_i2h_WEIGHT"), inputToHidden);
        fused.setValues(fused.parameter("01kernel_l_0_h2h_WEIGHT"), hiddenToHidden);
        fused.setValues(fused.parameter("01kernel_l_0_i2h_BIAS"), inputBias);
        fused.setValues(fused.parameter("01kernel_l_0_h2h_BIAS"), new double[4 * hidden]);
    }
}
