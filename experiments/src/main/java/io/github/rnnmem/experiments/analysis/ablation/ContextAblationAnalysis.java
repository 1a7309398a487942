package io.github.rnnmem.experiments.analysis.ablation;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.Headline;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.analysis.ablation.ContextAblationResult.Scores;
import io.github.rnnmem.experiments.analysis.ablation.ContextAblationResult.WindowScores;
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.analysis.knownchars.Accuracy;
import io.github.rnnmem.experiments.analysis.scores.PositionScorer;
import io.github.rnnmem.experiments.analysis.scores.PositionScores;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.ContextAblationConfig;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.viz.analysis.ContextAblation;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.report.Column;
import io.github.rnnmem.viz.report.Table;
import io.github.rnnmem.viz.scale.TickFormat;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Context ablation ({@code analysis.context_ablation}), in {@code context_ablation.json}: the causal
 * check of what connectivity suggests, after Khandelwal et al. (ACL 2018, "Sharp nearby, fuzzy far
 * away"). At every position of the first {@code sequences} test sequences with 0 to {@code
 * max_known} known characters of its word and a vocabulary word as target, the unit predicts once
 * from the whole sequence and once from each window of the last {@code d} characters (a fresh zero
 * state at the window's start, {@link PositionScorer#window}). Per window,
 *
 * <pre>
 *   loss(d)     = - mean over positions of log p_d(target)
 *   increase(d) = loss(d) - loss(whole)
 *   accuracy(d) = share of positions whose target is the top suggestion, with its 95% interval
 *   B(d)        = mean share of the position's connectivity at distances >= d  ({@link ShareBeyond})
 * </pre>
 *
 * The effective context span is the smallest window with {@code increase(d) <= tolerance}: the unit
 * does as well, within the tolerance, seeing only that much. The connectivity span is the smallest
 * window with {@code B(d) <= share_tolerance}: where connectivity says the unit stops looking.
 * Connectivity rows are computed as {@code analysis.connectivity} says, at the same positions.
 */
public final class ContextAblationAnalysis implements Analysis<ContextAblationSettings> {

    /** Sequences whose connectivity rows are computed together, which bounds the rows held at once. */
    private static final int GROUP = 16;

    @Override
    public String name() {
        return "context-ablation";
    }

    @Override
    public ContextAblationSettings settings(AnalysisConfig config) {
        ConnectivityConfig connectivity = config.connectivity();
        return new ContextAblationSettings(config.contextAblation(), connectivity.wrt(), connectivity.norm(),
                connectivity.target());
    }

    @Override
    public JsonObject compute(TrainedUnit unit, ContextAblationSettings settings, ProgressReporter progress) {
        ContextAblationConfig config = settings.contextAblation();
        SequenceSet test = unit.dataset().split(Split.TEST);
        int sequences = Math.min(config.sequences(), test.size());
        List<List<RowRequest>> bySequence = positions(test, sequences, config.maxKnown());
        List<RowRequest> positions = bySequence.stream().flatMap(List::stream).toList();
        if (positions.isEmpty()) {
            throw new BadInputException("analysis.context_ablation: the first " + sequences + " test sequences hold no"
                    + " position with 0 to " + config.maxKnown() + " known characters and a vocabulary word as target:"
                    + " raise sequences or max_known");
        }
        List<Integer> windows = config.windows().stream().sorted().toList();
        PositionScorer scorer = new PositionScorer(unit.model(), unit.manager(), new int[0], unit.initialShape().size());
        try (ProgressTask task = progress.start("context ablation " + unit.label(),
                (long) positions.size() * (windows.size() + 2), "positions")) {
            PositionScores whole = scorer.whole(positions);
            task.advance(positions.size());
            Scores wholeScores = scores(whole, whole, new boolean[positions.size()]);
            ShareBeyond shares = new ShareBeyond(windows);
            List<WindowScores> measured = new ArrayList<>();
            for (int w = 0; w < windows.size(); w++) {
                int d = windows.get(w);
                boolean[] cut = new boolean[positions.size()];
                List<RowRequest> windowed = new ArrayList<>();
                for (int i = 0; i < positions.size(); i++) {
                    cut[i] = positions.get(i).prefixLength() > d;
                    if (cut[i]) {
                        windowed.add(positions.get(i));
                    }
                }
                PositionScores scores = windowed.isEmpty() ? whole : scorer.window(windowed, d);
                Scores seen = scores(whole, scores, cut);
                measured.add(new WindowScores(d, seen.loss(), seen.loss() - wholeScores.loss(), seen.accuracy(),
                        OptionalDouble.empty()));
                task.advance(positions.size());
            }
            connectivity(unit, settings, bySequence, whole, shares, task);
            List<WindowScores> windowScores = new ArrayList<>();
            for (int w = 0; w < measured.size(); w++) {
                WindowScores m = measured.get(w);
                windowScores.add(new WindowScores(m.characters(), m.loss(), m.lossIncrease(), m.accuracy(),
                        shares.share(w)));
            }
            return RecordJson.toJson(new ContextAblationResult(sequences, positions.size(), config.maxKnown(),
                    config.tolerance(), config.shareTolerance(), wholeScores, windowScores,
                    effectiveSpan(windowScores, config.tolerance()), connectivitySpan(windowScores,
                            config.shareTolerance()), shares.rows(), shares.zeroRows()));
        }
    }

    /**
     * The positions counted, per sequence: 0 to {@code maxKnown} known characters of the word, and a
     * vocabulary word as target.
     */
    static List<List<RowRequest>> positions(SequenceSet test, int sequences, int maxKnown) {
        List<List<RowRequest>> positions = new ArrayList<>(sequences);
        for (int i = 0; i < sequences; i++) {
            int[] inputs = test.inputs(i);
            int[] targets = test.targets(i);
            List<RowRequest> counted = new ArrayList<>();
            int wordStart = 0;
            for (int t = 0; t < inputs.length; t++) {
                if (inputs[t] == InputAlphabet.SPACE) {
                    wordStart = t;
                }
                if (t - wordStart <= maxKnown && targets[t] > Vocabulary.UNKNOWN) {
                    counted.add(new RowRequest(inputs, t, targets[t]));
                }
            }
            positions.add(counted);
        }
        return positions;
    }

    /** Loss and accuracy, taking the scores of {@code windowed} where {@code cut} and {@code whole} elsewhere. */
    private static Scores scores(PositionScores whole, PositionScores windowed, boolean[] cut) {
        double loss = 0;
        long hits = 0;
        int next = 0;
        for (int i = 0; i < cut.length; i++) {
            PositionScores from = cut[i] ? windowed : whole;
            int at = cut[i] ? next++ : i;
            loss -= from.logProbability()[at];
            hits += from.rank()[at] == 0 ? 1 : 0;
        }
        return new Scores(loss / cut.length, Accuracy.of(hits, cut.length));
    }

    /** Connectivity rows at every counted position, a group of sequences at a time. */
    private static void connectivity(TrainedUnit unit, ContextAblationSettings settings,
            List<List<RowRequest>> bySequence, PositionScores whole, ShareBeyond shares, ProgressTask task) {
        GradientRows rows = new GradientRows(unit.model(), unit.manager(), settings.wrt(), settings.norm(),
                settings.target() == ConnectivityScore.LOG_PROBABILITY);
        int index = 0;
        for (int first = 0; first < bySequence.size(); first += GROUP) {
            List<RowRequest> requests = new ArrayList<>();
            for (List<RowRequest> sequence : bySequence.subList(first, Math.min(bySequence.size(), first + GROUP))) {
                for (RowRequest position : sequence) {
                    int scored = settings.target() == ConnectivityScore.PREDICTED_LOGIT ? whole.top()[index]
                            : position.outputClass();
                    requests.add(new RowRequest(position.inputs(), position.position(), scored));
                    index++;
                }
            }
            float[][] computed = rows.rows(requests, PassPlan.triangle(requests, unit.initialShape().size()),
                    ProgressReporter.silent().start("", 0, ""));
            for (int r = 0; r < computed.length; r++) {
                shares.add(computed[r], requests.get(r).position());
            }
            task.advance(requests.size());
        }
    }

    private static OptionalInt effectiveSpan(List<WindowScores> windows, double tolerance) {
        return windows.stream().filter(w -> w.lossIncrease() <= tolerance).mapToInt(WindowScores::characters)
                .findFirst();
    }

    private static OptionalInt connectivitySpan(List<WindowScores> windows, double shareTolerance) {
        return windows.stream()
                .filter(w -> w.connectivityShareBeyond().isPresent()
                        && w.connectivityShareBeyond().getAsDouble() <= shareTolerance)
                .mapToInt(WindowScores::characters).findFirst();
    }

    /**
     * Draws {@code context-ablation.svg} and a table of each unit's two spans side by side: the
     * causal one (what the unit needs) and the one connectivity suggests.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<ContextAblation> ablations = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        ContextAblationResult first = null;
        for (UnitFiles unit : run.units()) {
            Path file = unit.directory().resolve(fileName());
            if (Files.isRegularFile(file)) {
                ContextAblationResult result = result(file);
                first = first == null ? result : first;
                List<Point> increase = new ArrayList<>();
                List<Point> beyond = new ArrayList<>();
                for (WindowScores window : result.windows()) {
                    increase.add(new Point(window.characters(), window.lossIncrease()));
                    beyond.add(new Point(window.characters(), window.connectivityShareBeyond().orElse(Double.NaN)));
                }
                ablations.add(new ContextAblation(unit.tag(), increase, beyond, span(result.effectiveSpan()),
                        span(result.connectivitySpan())));
                rows.add(List.of(unit.tag().label(), spanText(result.effectiveSpan(), result),
                        spanText(result.connectivitySpan(), result),
                        String.format(Locale.ROOT, "%.4f", result.wholeSequence().loss()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * result.wholeSequence().accuracy().value()),
                        String.format(Locale.ROOT, "%,d", result.positions())));
            }
        }
        if (ablations.isEmpty()) {
            return;
        }
        SvgDocument figure = Figures.contextAblation(ablations, first.tolerance(), first.shareTolerance());
        canvas.figure("context-ablation.svg", figure);
        canvas.section("Context ablation").paragraph(String.format(Locale.ROOT, "Connectivity measures how sensitive a"
                        + " prediction is to earlier input, not whether the unit uses it. Here the unit predicts the"
                        + " same test positions (0 to %d known characters of the word, %,d positions of %d test"
                        + " sequences) seeing only the last d characters, from a fresh state: what its loss loses"
                        + " is what it needed from further back (Khandelwal et al. 2018). The effective context span"
                        + " is the smallest window whose loss is within %s nats of the whole sequence's; the"
                        + " connectivity span the smallest window beyond which at most %s of the connectivity lies.",
                        first.maxKnown(), first.positions(), first.sequences(), first.tolerance(),
                        TickFormat.PERCENT.precise(first.shareTolerance())))
                .figure(figure, "Above, the loss increase against the window d; below, the share of connectivity at"
                        + " distances d and more, at the same positions. Where the two spans differ, the gradient"
                        + " and the causal effect disagree about how far back the unit looks.")
                .table(new Table(List.of(Column.text("unit"), Column.number("effective context span"),
                        Column.number("connectivity span"), Column.number("loss, whole sequence"),
                        Column.number("top-1, whole sequence"), Column.number("positions")), rows));
    }

    /**
     * The two spans, where the file has them: a span beyond the longest window is no number to
     * average.
     */
    @Override
    public List<Headline> headlines(UnitFiles unit) {
        Path file = unit.directory().resolve(fileName());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ContextAblationResult result = result(file);
        List<Headline> headlines = new ArrayList<>();
        result.effectiveSpan().ifPresent(span ->
                headlines.add(new Headline("effective context span", span, Headline.Kind.CHARACTERS)));
        result.connectivitySpan().ifPresent(span ->
                headlines.add(new Headline("connectivity span", span, Headline.Kind.CHARACTERS)));
        return headlines;
    }

    private static ContextAblationResult result(Path file) {
        try {
            return RecordJson.fromJson(ResultFile.read(file), ContextAblationResult.class);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static double span(OptionalInt span) {
        return span.isPresent() ? span.getAsInt() : Double.NaN;
    }

    private static String spanText(OptionalInt span, ContextAblationResult result) {
        if (span.isPresent()) {
            return span.getAsInt() + " characters";
        }
        return "more than " + result.windows().get(result.windows().size() - 1).characters();
    }

}
