package io.github.rnnmem.experiments.analysis.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores at positions equal those of one forward pass over each sequence alone, and a window's
 * scores equal those of the window run as a sequence of its own.
 */
class PositionScorerTest {

    private static final int CLASSES = 13;
    private static final int[] CHOSEN = {4, 2, 11};
    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"gru", "lstm", "nested-lstm"})
    void wholeSequencesScoreAsOneForwardPassEach(String unit) {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            AutocompleteModel model = model(manager, unit);
            List<RowRequest> requests = requests(List.of(text(" north of the sea"), text(" a snow"), text(" west the king and then")), 5);

            PositionScores scores = new PositionScorer(model, manager, CHOSEN, 40).whole(requests);

            for (int i = 0; i < requests.size(); i++) {
                RowRequest request = requests.get(i);
                float[] logits = logits(model, manager, request.inputs())[request.position()];
                assertScores(scores, i, logits, request.outputClass());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8, 30})
    void aWindowScoresAsItsOwnSequence(int window) {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            AutocompleteModel model = model(manager, "gru");
            List<RowRequest> requests = requests(List.of(text(" the cat sat on the mat"), text(" in the north the snow fell")), 6);

            PositionScores scores = new PositionScorer(model, manager, CHOSEN, 50).window(requests, window);

            for (int i = 0; i < requests.size(); i++) {
                RowRequest request = requests.get(i);
                int t = request.position();
                int[] seen = Arrays.copyOfRange(request.inputs(), Math.max(0, t - window + 1), t + 1);
                float[] logits = logits(model, manager, seen)[seen.length - 1];
                assertScores(scores, i, logits, request.outputClass());
            }
        }
    }

    private static void assertScores(PositionScores scores, int i, float[] logits, int target) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (float logit : logits) {
            sum += Math.exp(logit - max);
        }
        double logSum = max + Math.log(sum);
        int rank = 0;
        int top = 2;
        for (int c = 2; c < CLASSES; c++) {
            rank += logits[c] > logits[target] ? 1 : 0;
            top = logits[c] > logits[top] ? c : top;
        }
        assertThat(scores.logProbability()[i]).as("log p at request %d", i).isCloseTo((float) (logits[target] - logSum),
                within(1e-4f));
        assertThat(scores.rank()[i]).as("rank at request %d", i).isEqualTo(rank);
        assertThat(scores.top()[i]).as("top at request %d", i).isEqualTo(top);
        for (int c = 0; c < CHOSEN.length; c++) {
            assertThat(scores.classLogProbability()[i][c]).isCloseTo((float) (logits[CHOSEN[c]] - logSum), within(1e-4f));
        }
    }

    /** The logits of one sequence run alone, {@code [t][class]}. */
    private static float[][] logits(AutocompleteModel model, NDManager manager, int[] ids) {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray input = scratch.create(ids, new Shape(1, ids.length));
            float[] flat = model.forward(new ParameterStore(scratch, false), new NDList(input), false).head()
                    .toType(DataType.FLOAT32, false).toFloatArray();
            float[][] logits = new float[ids.length][];
            for (int t = 0; t < ids.length; t++) {
                logits[t] = Arrays.copyOfRange(flat, t * CLASSES, (t + 1) * CLASSES);
            }
            return logits;
        }
    }

    private static AutocompleteModel model(NDManager manager, String unit) {
        RecurrentUnitProvider provider = UNITS.get(unit).provider();
        Engine.getEngine(manager.getEngine().getEngineName()).setRandomSeed(5);
        AutocompleteModel model = new ModelFactory(6, provider, provider.hyperparameters().resolve(Map.of("hidden", 7)), 1,
                CLASSES).build();
        model.initialize(manager, DataType.FLOAT32, new Shape(2, 8));
        return model;
    }

    /** Every {@code every}-th position of each sequence, with random word classes as targets. */
    private static List<RowRequest> requests(List<int[]> sequences, int every) {
        Random random = new Random(9);
        List<RowRequest> requests = new ArrayList<>();
        for (int[] ids : sequences) {
            for (int t = 0; t < ids.length; t += every) {
                requests.add(new RowRequest(ids, t, 2 + random.nextInt(CLASSES - 2)));
            }
            requests.add(new RowRequest(ids, ids.length - 1, 2 + random.nextInt(CLASSES - 2)));
        }
        return requests;
    }

    private static int[] text(String text) {
        return InputAlphabet.encode(text);
    }
}
