package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.text.TextTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the connectivity of the article's 198-character text on quickstart-size models (embedding
 * 128, 128 wide, 2,002 classes; GRU and LSTM of 2 layers, Nested LSTM of 1 layer of depth 2): all
 * 198 rows by one backward pass per row, by full-length copies, and by copies cut to their prefixes
 * and packed into passes of a few sizes ({@link PassPlan}); and the memory profile's throughput,
 * every row of sequences of 100 characters packed as the analysis packs them. Every time is the
 * median of the repeats, measured in the same run, and the ratios divide by the default plan's
 * time.
 */
public final class ConnectivityBenchmark {

    /** The character steps of one pass in the default plan: the quickstart's batch of 32 x 100. */
    public static final long DEFAULT_BUDGET = 3_200;

    private static final int EMBEDDING = 128;
    private static final int HIDDEN = 128;
    private static final int CLASSES = 2_002;
    private static final long[] BUDGETS = {DEFAULT_BUDGET, 12_800, 40_000};
    private static final int PROFILE_LENGTH = 100;
    private static final int PROFILE_STRIDE = 13;
    private static final int PROFILE_SEQUENCES = 16;
    private static final int QUICK_PROFILE_SEQUENCES = 2;

    private final UnitRegistry units;
    private final int repeats;
    private final int characters;

    /**
     * Creates the benchmark.
     *
     * @param units where the units come from
     * @param repeats timed runs per measurement
     * @param characters how many characters of the article's text to take, from its start (all
     *     198 when larger)
     */
    public ConnectivityBenchmark(UnitRegistry units, int repeats, int characters) {
        this.units = units;
        this.repeats = repeats;
        this.characters = characters;
    }

    private record Model(String label, String unit, int layers, Map<String, Object> settings) {}

    /**
     * Runs every measurement on one engine and prints a table.
     *
     * @param engineName the engine, such as {@code MXNet}
     * @param out where to print
     */
    public void run(String engineName, PrintStream out) {
        Engine engine = Engine.getEngine(engineName);
        int[] whole = InputAlphabet.encode(ConnectivityConfig.ARTICLE_TEXT);
        int[] text = Arrays.copyOf(whole, Math.min(characters, whole.length));
        out.printf(Locale.ROOT, "%s %s: connectivity of all %d rows of the article's text%s, median of %d runs%n",
                engine.getEngineName(), engine.getVersion(), text.length, text.length < whole.length ? " (its start)" : "",
                repeats);
        List<String> header = new ArrayList<>(List.of("model", "separate", "full copies"));
        for (long budget : BUDGETS) {
            header.add("triangle " + budget);
        }
        header.add("separate / default");
        header.add("full / default");
        header.add("memory profile");
        TextTable table = new TextTable(header.toArray(String[]::new)).numeric(1, 2, 3, 4, 5, 6, 7, 8);
        for (Model model : List.of(new Model("gru 2 x 128", "gru", 2, Map.of()), new Model("lstm 2 x 128", "lstm", 2, Map.of()),
                new Model("nested-lstm 1 x 128, depth 2", "nested-lstm", 1, Map.of("depth", 2)))) {
            table.row(times(engineName, model, text).toArray(String[]::new));
        }
        out.print(table.render(0));
        out.printf(Locale.ROOT, "memory profile: every row of %d test-like sequences of %d characters (slices of the"
                + " article's text), as the analysis packs them, in sequences per second%n", profileSequences(), PROFILE_LENGTH);
    }

    private int profileSequences() {
        return characters < ConnectivityConfig.ARTICLE_TEXT.length() ? QUICK_PROFILE_SEQUENCES : PROFILE_SEQUENCES;
    }

    /** Every position of slices of the article's text, as the memory profile asks for them. */
    private List<RowRequest> profileRequests(int[] whole) {
        List<RowRequest> requests = new ArrayList<>();
        for (int i = 0; i < profileSequences(); i++) {
            int start = i * PROFILE_STRIDE % (whole.length - PROFILE_LENGTH);
            int[] sequence = Arrays.copyOfRange(whole, start, start + PROFILE_LENGTH);
            for (int t = 0; t < sequence.length; t++) {
                requests.add(new RowRequest(sequence, t, 2 + (start + t) % (CLASSES - 2)));
            }
        }
        return requests;
    }

    private List<String> times(String engine, Model model, int[] text) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            RecurrentUnitProvider provider = units.get(model.unit()).provider();
            Map<String, Object> settings = new java.util.HashMap<>(model.settings());
            settings.put("hidden", HIDDEN);
            AutocompleteModel autocomplete = new ModelFactory(EMBEDDING, provider, provider.hyperparameters().resolve(settings),
                    model.layers(), CLASSES).initialised(manager, 1, new Shape(32, 100));
            GradientRows rows = new GradientRows(autocomplete, manager, GradientInput.ONE_HOT, GradientNorm.L2_SQUARED, false);
            List<RowRequest> requests = new ArrayList<>();
            for (int t = 0; t < text.length; t++) {
                requests.add(new RowRequest(text, t, 2 + t % (CLASSES - 2)));
            }
            double separate = time(rows, requests, PassPlan.separate(requests), Math.min(repeats, 3));
            double full = time(rows, requests, PassPlan.fullCopies(requests, BUDGETS[BUDGETS.length - 1]), repeats);
            List<String> cells = new ArrayList<>(List.of(model.label(), millis(separate), millis(full)));
            double standard = 0;
            for (long budget : BUDGETS) {
                double triangle = time(rows, requests, PassPlan.triangle(requests, budget), repeats);
                standard = budget == DEFAULT_BUDGET ? triangle : standard;
                cells.add(millis(triangle));
            }
            cells.add(String.format(Locale.ROOT, "%.1f", separate / standard));
            cells.add(String.format(Locale.ROOT, "%.2f", full / standard));
            List<RowRequest> profile = profileRequests(InputAlphabet.encode(ConnectivityConfig.ARTICLE_TEXT));
            double profileMillis = time(rows, profile, PassPlan.triangle(profile, DEFAULT_BUDGET), repeats);
            cells.add(String.format(Locale.ROOT, "%.1f seq/s", profileSequences() / (profileMillis / 1e3)));
            return cells;
        }
    }

    private static double time(GradientRows rows, List<RowRequest> requests, PassPlan plan, int repeats) {
        return Timing.median(repeats,
                () -> Timing.millis(() -> rows.rows(requests, plan, ProgressReporter.silent().start("", 0, ""))));
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }
}
