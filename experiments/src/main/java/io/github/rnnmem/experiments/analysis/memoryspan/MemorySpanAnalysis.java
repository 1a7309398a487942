package io.github.rnnmem.experiments.analysis.memoryspan;

import ai.djl.ndarray.NDManager;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.Headline;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.analysis.knownchars.Accuracy;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Bucket;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Span;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Weights;
import io.github.rnnmem.experiments.analysis.scores.PositionScorer;
import io.github.rnnmem.experiments.analysis.scores.PositionScores;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.MemorySpanConfig;
import io.github.rnnmem.experiments.data.PlantedCues;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.viz.analysis.MemorySpan;
import io.github.rnnmem.viz.analysis.SpanPoint;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The memory span on planted cues ({@code analysis.memory_span}), in {@code memory_span.json}, for
 * units trained on a {@code planted-cue} corpus (elsewhere it does not apply).
 *
 * <p>Every pair of a cue and its answer in the same test sequence ({@link CuePairs}) is a test case
 * at its distance {@code D}, from the cue's last letter to the space before the answer. At that
 * space (0 known characters of the answer) and at the answer's first letter (1 known character),
 * the unit's softmax over all output classes gives the answer's rank among the words (top-1 and
 * top-k hits) and the probability of the right answer among the {@code P} answers, {@code p(right)
 * / sum_a p(a)}: how well the unit tells which answer, whether or not it knows that one comes. The
 * connectivity row of the answer's score at its space (as {@code analysis.connectivity} says)
 * gives the cue's connectivity relative to fillers at the same distance ({@link CueConnectivity}).
 * Pairs are counted into buckets of distance, and the memory span found, by {@link SpanTally};
 * chance is {@code 1/P}. All of it is measured for the trained weights and for the unit's initial
 * weights, the reference of what training added.
 */
public final class MemorySpanAnalysis implements Analysis<MemorySpanSettings> {

    /** Connectivity rows computed together, longest first, which bounds the rows held at once. */
    private static final int ROWS_PER_GROUP = 256;

    @Override
    public String name() {
        return "memory-span";
    }

    @Override
    public MemorySpanSettings settings(AnalysisConfig config) {
        ConnectivityConfig connectivity = config.connectivity();
        return new MemorySpanSettings(config.memorySpan(), connectivity.wrt(), connectivity.norm(), connectivity.target());
    }

    /** Only units trained on a planted-cue corpus have pairs to measure. */
    @Override
    public boolean appliesTo(TrainedUnit unit) {
        return PlantedCues.of(unit.corpus()).isPresent();
    }

    @Override
    public JsonObject compute(TrainedUnit unit, MemorySpanSettings settings, ProgressReporter progress) {
        PlantedCues cues = PlantedCues.of(unit.corpus()).orElseThrow(() ->
                new IllegalArgumentException(unit.label() + " was not trained on a planted-cue corpus"));
        Vocabulary vocabulary = unit.dataset().vocabulary();
        int[] answerClasses = new int[cues.pairs()];
        for (int a = 0; a < cues.pairs(); a++) {
            String answer = cues.answers().get(a);
            answerClasses[a] = vocabulary.id(answer).orElseThrow(() -> new BadInputException("the answer \"" + answer
                    + "\" of the planted-cue corpus is not in the vocabulary: raise dataset.vocabulary to hold every"
                    + " cue, answer, marker and filler word"));
        }
        MemorySpanConfig config = settings.memorySpan();
        SequenceSet test = unit.dataset().split(Split.TEST);
        int sequences = Math.min(config.sequences().orElse(test.size()), test.size());
        CuePairs found = CuePairs.find(IntStream.range(0, sequences).mapToObj(test::inputs).toList(), cues,
                word -> vocabulary.id(word).orElse(Vocabulary.UNKNOWN));
        Measure measure = new Measure(settings, found, answerClasses, unit.initialShape().size());
        try (ProgressTask task = progress.start("memory span " + unit.label(), 2L * measure.work(), "positions")) {
            Weights trained = measure.of(unit.model(), unit.manager(), task);
            Weights untrained;
            try (NDManager scratch = unit.manager().newSubManager()) {
                untrained = measure.of(unit.initialModel(scratch), scratch, task);
            }
            return RecordJson.toJson(MemorySpanResult.of(cues, sequences, found, trained, untrained));
        }
    }

    /** Measures one set of weights on the pairs found. */
    private record Measure(MemorySpanSettings settings, CuePairs found, int[] answerClasses, long budget) {

        /** Scored positions (two per pair, one per reference) and connectivity rows (one each). */
        long work() {
            return 3L * found.pairs().size() + 2L * found.references().size();
        }

        Weights of(AutocompleteModel model, NDManager manager, ProgressTask task) {
            List<CuePair> pairs = found.pairs();
            int n = pairs.size();
            List<RowRequest> positions = new ArrayList<>();
            pairs.forEach(pair -> positions.add(new RowRequest(pair.inputs(), pair.answerSpace(), pair.answerClass())));
            pairs.forEach(pair -> positions.add(new RowRequest(pair.inputs(), pair.answerSpace() + 1, pair.answerClass())));
            found.references().forEach(r -> positions.add(new RowRequest(r.inputs(), r.position(), r.fillerClass())));
            PositionScores scores = new PositionScorer(model, manager, answerClasses, budget).whole(positions);
            task.advance(2L * n + found.references().size());

            List<RowRequest> rowRequests = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rowRequests.add(scored(positions.get(i), scores.top()[i]));
            }
            for (int j = 0; j < found.references().size(); j++) {
                rowRequests.add(scored(positions.get(2 * n + j), scores.top()[2 * n + j]));
            }
            float[][] rows = rows(model, manager, rowRequests, task);
            List<float[]> referenceRows = new ArrayList<>();
            List<Integer> referencePositions = new ArrayList<>();
            for (int j = 0; j < found.references().size(); j++) {
                referenceRows.add(rows[n + j]);
                referencePositions.add(found.references().get(j).position());
            }
            CueConnectivity connectivity = CueConnectivity.of(referenceRows, referencePositions);

            MemorySpanConfig config = settings.memorySpan();
            SpanTally tally = new SpanTally(config.bucket(), config.topK());
            long withoutGradient = 0;
            for (int i = 0; i < n; i++) {
                CuePair pair = pairs.get(i);
                int answer = indexOf(answerClasses, pair.answerClass());
                double[] probability = {share(scores.classLogProbability()[i], answer),
                        share(scores.classLogProbability()[n + i], answer)};
                withoutGradient += CueConnectivity.hasGradient(rows[i], pair.answerSpace()) ? 0 : 1;
                tally.add(pair.distance(), new int[] {scores.rank()[i], scores.rank()[n + i]}, probability,
                        connectivity.ratio(rows[i], pair));
            }
            for (int j = 0; j < found.references().size(); j++) {
                withoutGradient += CueConnectivity.hasGradient(rows[n + j], found.references().get(j).position()) ? 0 : 1;
            }
            List<Bucket> buckets = tally.buckets();
            return new Weights(SpanTally.span(buckets, config.level(), config.knownChars(), config.minPairs()), buckets,
                    withoutGradient);
        }

        /** The position with the class whose score connectivity differentiates. */
        private RowRequest scored(RowRequest position, int top) {
            int scoredClass = settings.target() == ConnectivityScore.PREDICTED_LOGIT ? top : position.outputClass();
            return new RowRequest(position.inputs(), position.position(), scoredClass);
        }

        /** The connectivity rows of the requests, longest first in groups. */
        private float[][] rows(AutocompleteModel model, NDManager manager, List<RowRequest> requests, ProgressTask task) {
            GradientRows computation = new GradientRows(model, manager, settings.wrt(), settings.norm(),
                    settings.target() == ConnectivityScore.LOG_PROBABILITY);
            List<Integer> order = IntStream.range(0, requests.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> -requests.get(i).prefixLength())).toList();
            float[][] rows = new float[requests.size()][];
            for (int first = 0; first < order.size(); first += ROWS_PER_GROUP) {
                List<Integer> group = order.subList(first, Math.min(order.size(), first + ROWS_PER_GROUP));
                List<RowRequest> chunk = group.stream().map(requests::get).toList();
                float[][] computed = computation.rows(chunk, PassPlan.triangle(chunk, budget),
                        ProgressReporter.silent().start("", 0, ""));
                for (int k = 0; k < group.size(); k++) {
                    rows[group.get(k)] = computed[k];
                }
                task.advance(group.size());
            }
            return rows;
        }
    }

    /** {@code p(a) / sum_b p(b)} from the answers' log-probabilities, computed without overflow. */
    static double share(float[] logProbabilities, int answer) {
        double largest = Double.NEGATIVE_INFINITY;
        for (float value : logProbabilities) {
            largest = Math.max(largest, value);
        }
        double sum = 0;
        for (float value : logProbabilities) {
            sum += Math.exp(value - largest);
        }
        return Math.exp(logProbabilities[answer] - largest) / sum;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("class " + value + " is not an answer");
    }

    /**
     * Draws {@code memory-span.svg} and a table of every unit's memory span, with the planted pairs
     * left out because their cue fell into an earlier sequence.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<MemorySpan> spans = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        MemorySpanResult first = null;
        for (UnitFiles unit : run.units()) {
            Path file = unit.directory().resolve(fileName());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            MemorySpanResult result = result(file);
            Span span = result.span();
            List<Bucket> counted = drawn(result.buckets(), span);
            if (counted.isEmpty()) {
                continue;
            }
            first = first == null ? result : first;
            List<SpanPoint> accuracy = new ArrayList<>();
            for (Bucket bucket : counted) {
                Accuracy top1 = bucket.atKnown().get(span.knownCharacters()).top1();
                accuracy.add(new SpanPoint(bucket.meanDistance(), top1.value(), top1.lower(), top1.upper()));
            }
            spans.add(new MemorySpan(unit.tag(), accuracy, ratios(counted), ratios(drawn(result.untrainedBuckets(), span)),
                    span.distance().isPresent() ? span.distance().getAsInt() : Double.NaN));
            rows.add(List.of(unit.tag().label(), spanText(span.distance(), counted), intervalText(span),
                    spanText(result.untrainedSpan().distance(), counted),
                    String.format(Locale.ROOT, "%,d", result.testPairs()),
                    String.format(Locale.ROOT, "%,d", result.pairsLeftOut())));
        }
        if (spans.isEmpty()) {
            return;
        }
        Span span = first.span();
        SvgDocument figure = Figures.memorySpan(spans, first.chance(), span.level(), span.knownCharacters());
        canvas.figure("memory-span.svg", figure);
        canvas.section("Memory span on planted cues").paragraph(String.format(Locale.ROOT, "The corpus plants %d cue"
                        + " words (%s), each deciding one answer word (%s) further on%s, with filler words between."
                        + " Every test sequence holding a cue and its answer is a test case at the distance from the"
                        + " cue's last letter to the space before the answer; %,d answers whose cue fell into an earlier"
                        + " sequence were left out. The memory span is the end of the last distance bucket, from the"
                        + " shortest on, whose top-1 accuracy %s stays at or above %s; the interval takes the 95%%"
                        + " bounds of the accuracy instead. Buckets of fewer than %d pairs are neither counted nor"
                        + " drawn. Chance among the answers is 1/%d.",
                        first.cues().size(), String.join(", ", first.cues()), String.join(", ", first.answers()),
                        first.marker().map(word -> ", right after the marker \"" + word + "\"").orElse(""),
                        first.pairsLeftOut(), span.knownCharacters() == 0 ? "at the space before the answer"
                                : "at its first letter", TickFormat.PERCENT.precise(span.level()), span.minPairs(),
                        first.cues().size()))
                .figure(figure, "Above, the answer's top-1 accuracy against the distance from its cue, 95% intervals"
                        + " as bands; below, the cue's connectivity per character relative to what fillers' predictions"
                        + " put at the same distance (median over the bucket's pairs), trained weights solid and initial"
                        + " weights dashed. Accuracy is what the unit remembers; connectivity is how sensitive its"
                        + " prediction is to the cue.")
                .table(new Table(List.of(Column.text("unit"), Column.number("memory span (characters)"),
                        Column.number("95% interval"), Column.number("initial weights"), Column.number("test pairs"),
                        Column.number("left out")), rows));
    }

    /** The buckets with enough pairs to be drawn. */
    private static List<Bucket> drawn(List<Bucket> buckets, Span span) {
        return buckets.stream().filter(bucket -> bucket.pairs() >= span.minPairs()).toList();
    }

    private static List<Point> ratios(List<Bucket> buckets) {
        return buckets.stream()
                .map(bucket -> new Point(bucket.meanDistance(), bucket.cueConnectivity().orElse(Double.NaN)))
                .toList();
    }

    /**
     * The memory span, 0 when not even the shortest bucket reaches the level (the unit remembers
     * less than that bucket's distance); none when no bucket has pairs enough to count.
     */
    @Override
    public List<Headline> headlines(UnitFiles unit) {
        Path file = unit.directory().resolve(fileName());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        MemorySpanResult result = result(file);
        if (drawn(result.buckets(), result.span()).isEmpty()) {
            return List.of();
        }
        return List.of(new Headline("memory span", result.span().distance().orElse(0), Headline.Kind.CHARACTERS));
    }

    private static MemorySpanResult result(Path file) {
        try {
            return RecordJson.fromJson(ResultFile.read(file), MemorySpanResult.class);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** A span as the table writes it: none, below the first bucket counted, or reaching the last. */
    private static String spanText(OptionalInt span, List<Bucket> counted) {
        if (span.isEmpty()) {
            return "none (below " + counted.get(0).to() + ")";
        }
        return span.getAsInt() + (span.getAsInt() == counted.get(counted.size() - 1).to() ? " or more" : "");
    }

    private static String intervalText(Span span) {
        return (span.lower().isPresent() ? String.valueOf(span.lower().getAsInt()) : "none") + " to "
                + (span.upper().isPresent() ? String.valueOf(span.upper().getAsInt()) : "none");
    }
}
