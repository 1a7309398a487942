package io.github.rnnmem.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.ablation.ContextAblationResult;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.AtKnown;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Bucket;
import io.github.rnnmem.experiments.analysis.scores.PositionScorer;
import io.github.rnnmem.experiments.analysis.scores.PositionScores;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.cli.Main;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.PlantedCues;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.run.TrainedUnits;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The memory span and context ablation on ground truth. A small GRU trained briefly on a planted-cue
 * corpus (4 cues, each deciding its answer 6 to 40 characters later, the marker "then" before the
 * answer) remembers its cues beyond the shortest distance bucket, while its untrained copy stays at
 * chance; cutting the cue out of the window the unit sees takes the answer's accuracy down, and
 * giving it back restores it. The result files agree with a direct count from the unit's
 * suggestions, the figures with the files, and the analyses are reused until their settings change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemorySpanRunTest {

    private static final int SEED = 11;
    private static final int TOP_K = 3;
    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());
    private static final PlantedCues CUES = PlantedCues.of(4, true);

    @TempDir static Path directory;

    private static Path run;
    private static Path experiment;

    @BeforeAll
    static void trainOnPlantedCues() throws IOException {
        run = directory.resolve("run");
        experiment = Files.writeString(directory.resolve("span.yaml"), """
                name: span
                seed: %d
                engine: pytorch
                corpus: {source: planted-cue, limit_chars: 300000, pairs: 4, min_distance: 6, max_distance: 40, fillers: 20}
                dataset: {max_length: 64, vocabulary: 29, split: [0.8, 0.05, 0.15]}
                model: {embedding: 8}
                units: [{unit: gru, hidden: 32}]
                training: {batch_size: 32, max_steps: 2000, learning_rate: 0.01, validate_every: 500, checkpoint_every: 1000}
                analysis:
                  memory_span: {bucket: 10, top_k: %d}
                  known_chars: {sequences: 8}
                  memory_profile: {sequences: 2, max_distance: 60}
                  context_ablation: {sequences: 8, windows: [1, 4, 16, 64]}
                output: "%s"
                """.formatted(SEED, TOP_K, run.toAbsolutePath()));
        Outcome outcome = rnnmem("run", experiment.toString());
        assertThat(outcome.status()).as(outcome.err()).isZero();
    }

    @Test
    @Order(1)
    void theTrainedUnitRemembersBeyondTheShortestBucketItsUntrainedCopyNot() {
        MemorySpanResult result = memorySpan();

        assertThat(result.chance()).isEqualTo(0.25);
        assertThat(result.testPairs()).isGreaterThan(300);
        assertThat(result.pairsLeftOut()).isPositive();
        Bucket shortest = result.buckets().get(0);
        System.out.printf("memory span %s (interval %s to %s); by bucket %s%n", result.span().distance(),
                result.span().lower(), result.span().upper(), result.buckets().stream()
                        .map(b -> b.from() + ": top-1 " + b.atKnown().get(0).top1().value() + ", cue's connectivity "
                                + b.cueConnectivity()).toList());
        assertThat(result.span().distance()).isPresent();
        assertThat(result.span().distance().getAsInt()).isGreaterThan(shortest.to());
        assertThat(result.untrainedSpan().distance()).isEmpty();
        for (Bucket bucket : result.untrainedBuckets()) {
            AtKnown atSpace = bucket.atKnown().get(0);
            assertThat(atSpace.top1().lower()).as("untrained top-1 from %d", bucket.from()).isLessThanOrEqualTo(0.25);
            assertThat(atSpace.answerProbability()).as("untrained answer probability from %d", bucket.from())
                    .isCloseTo(0.25, within(0.05));
        }
        assertThat(result.buckets().get(0).atKnown().get(0).answerProbability()).isGreaterThan(0.9);
        // Right next to the answer every character weighs much, cue or filler; further back only the cue does.
        for (int i = 1; i < result.buckets().size(); i++) {
            double trained = result.buckets().get(i).cueConnectivity().orElseThrow();
            assertThat(trained).as("the cue weighs more in the answer's prediction than what fillers' predictions"
                    + " put at %d characters", result.buckets().get(i).from()).isGreaterThan(1);
            assertThat(trained).as("trained against untrained at %d characters", result.buckets().get(i).from())
                    .isGreaterThan(result.untrainedBuckets().get(i).cueConnectivity().orElseThrow());
        }
    }

    @Test
    @Order(2)
    void accuraciesEqualADirectCountFromTheSuggestions() {
        MemorySpanResult result = memorySpan();
        try (TrainedUnit gru = load()) {
            SequenceSet test = gru.dataset().split(Split.TEST);
            Map<Integer, long[]> counts = new TreeMap<>();
            long leftOut = 0;
            for (int i = 0; i < test.size(); i++) {
                int[] inputs = test.inputs(i);
                List<Pair> pairs = pairs(inputs);
                leftOut += pairs.stream().filter(pair -> pair.cueEnd() < 0).count();
                List<List<Suggestion>> suggestions = Suggester.along(gru.model(), gru.manager(), inputs, TOP_K,
                        gru.dataset().vocabulary());
                for (Pair pair : pairs) {
                    if (pair.cueEnd() < 0) {
                        continue;
                    }
                    int answer = gru.dataset().vocabulary().id(CUES.answers().get(pair.answer())).orElseThrow();
                    long[] count = counts.computeIfAbsent((pair.space() - pair.cueEnd()) / 10, b -> new long[5]);
                    count[0]++;
                    for (int known = 0; known < 2; known++) {
                        List<Suggestion> top = suggestions.get(pair.space() + known);
                        count[1 + 2 * known] += top.get(0).id() == answer ? 1 : 0;
                        count[2 + 2 * known] += top.stream().anyMatch(s -> s.id() == answer) ? 1 : 0;
                    }
                }
            }
            assertThat(result.pairsLeftOut()).isEqualTo(leftOut);
            assertThat(result.buckets()).extracting(Bucket::from).containsExactlyElementsOf(
                    counts.keySet().stream().map(b -> b * 10).toList());
            for (Bucket bucket : result.buckets()) {
                long[] count = counts.get(bucket.from() / 10);
                assertThat(bucket.pairs()).isEqualTo(count[0]);
                for (int known = 0; known < 2; known++) {
                    assertThat(bucket.atKnown().get(known).top1().value()).as("top-1 at %d known from %d", known,
                            bucket.from()).isEqualTo((double) count[1 + 2 * known] / count[0]);
                    assertThat(bucket.atKnown().get(known).topK().value()).as("top-3 at %d known from %d", known,
                            bucket.from()).isEqualTo((double) count[2 + 2 * known] / count[0]);
                }
            }
        }
    }

    @Test
    @Order(3)
    void theAnswerIsLostWhenTheWindowCutsTheCueOutAndFoundWhenItHoldsIt() {
        try (TrainedUnit gru = load()) {
            SequenceSet test = gru.dataset().split(Split.TEST);
            List<RowRequest> answers = new ArrayList<>();
            List<Pair> near = new ArrayList<>();
            for (int i = 0; i < test.size(); i++) {
                int[] inputs = test.inputs(i);
                for (Pair pair : pairs(inputs)) {
                    if (pair.cueEnd() >= 0 && pair.space() - pair.cueEnd() < 20) {
                        answers.add(new RowRequest(inputs, pair.space(),
                                gru.dataset().vocabulary().id(CUES.answers().get(pair.answer())).orElseThrow()));
                        near.add(pair);
                    }
                }
            }
            assertThat(answers).hasSizeGreaterThan(30);
            PositionScorer scorer = new PositionScorer(gru.model(), gru.manager(), new int[0], 2048);
            PositionScores whole = scorer.whole(answers);
            long seen = 0;
            long cut = 0;
            long held = 0;
            for (int k = 0; k < answers.size(); k++) {
                RowRequest request = answers.get(k);
                Pair pair = near.get(k);
                List<RowRequest> one = List.of(request);
                cut += scorer.window(one, pair.space() - pair.cueEnd()).rank()[0] == 0 ? 1 : 0;
                held += scorer.window(one, pair.space() - pair.cueStart() + 2).rank()[0] == 0 ? 1 : 0;
                seen += whole.rank()[k] == 0 ? 1 : 0;
            }
            double n = answers.size();
            System.out.printf("answers within 20 characters of their cue: top-1 %.3f whole, %.3f without the cue,"
                    + " %.3f with it%n", seen / n, cut / n, held / n);
            assertThat(seen / n).isGreaterThan(0.8);
            assertThat(cut / n).as("the window starts right after the cue").isLessThan(0.5);
            assertThat(held / n).as("the window starts at the space before the cue").isGreaterThan(seen / n - 0.05);
        }
        ContextAblationResult ablation = RecordJson.fromJson(ResultFile.read(run.resolve("gru/context_ablation.json")),
                ContextAblationResult.class);
        assertThat(ablation.windows()).extracting(ContextAblationResult.WindowScores::characters)
                .containsExactly(1, 4, 16, 64);
        assertThat(ablation.windows().get(3).lossIncrease()).as("64 characters hold every sequence").isZero();
        assertThat(ablation.windows().get(0).lossIncrease()).isGreaterThan(ablation.windows().get(2).lossIncrease());
    }

    @Test
    @Order(4)
    void theFiguresHoldTheFilesNumbers() throws Exception {
        MemorySpanResult span = memorySpan();
        int fewest = span.span().minPairs();
        List<Bucket> drawn = span.buckets().stream().filter(b -> b.pairs() >= fewest).toList();
        List<Bucket> untrainedDrawn = span.untrainedBuckets().stream().filter(b -> b.pairs() >= fewest).toList();
        assertThat(drawn).hasSizeLessThanOrEqualTo(span.buckets().size()).hasSizeGreaterThan(2);
        Document memorySpan = xml(run.resolve("figures/memory-span.svg"));
        List<Element> panels = panels(memorySpan);
        assertThat(points(panels.get(0), "data-points", "gru")).containsExactlyElementsOf(drawn.stream()
                .map(b -> List.of(b.meanDistance(), b.atKnown().get(0).top1().value())).toList());
        assertThat(points(panels.get(0), "data-band", "gru: 95% interval")).containsExactlyElementsOf(drawn.stream()
                .map(b -> List.of(b.meanDistance(), b.atKnown().get(0).top1().lower(), b.atKnown().get(0).top1().upper()))
                .toList());
        assertThat(points(panels.get(0), "data-points", "chance (1/4)")).extracting(p -> p.get(1)).containsOnly(0.25);
        assertThat(points(panels.get(1), "data-points", "gru")).containsExactlyElementsOf(drawn.stream()
                .map(b -> List.of(b.meanDistance(), b.cueConnectivity().orElse(Double.NaN))).toList());
        assertThat(points(panels.get(1), "data-points", "gru untrained")).containsExactlyElementsOf(untrainedDrawn.stream()
                .map(b -> List.of(b.meanDistance(), b.cueConnectivity().orElse(Double.NaN))).toList());

        ContextAblationResult ablation = RecordJson.fromJson(ResultFile.read(run.resolve("gru/context_ablation.json")),
                ContextAblationResult.class);
        List<Element> ablationPanels = panels(xml(run.resolve("figures/context-ablation.svg")));
        assertThat(points(ablationPanels.get(0), "data-points", "gru")).containsExactlyElementsOf(ablation.windows()
                .stream().map(w -> List.of((double) w.characters(), w.lossIncrease())).toList());
        assertThat(points(ablationPanels.get(1), "data-points", "gru")).containsExactlyElementsOf(ablation.windows()
                .stream().map(w -> List.of((double) w.characters(), w.connectivityShareBeyond().orElseThrow())).toList());
        String report = Files.readString(run.resolve("report.html"));
        assertThat(report).contains("Memory span on planted cues", "Context ablation");
        xml(run.resolve("report.html"));
    }

    @Test
    @Order(5)
    void analysesAreReusedUntilTheirSettingsChange() throws IOException {
        Path spanFile = run.resolve("gru/memory_span.json");
        Path ablationFile = run.resolve("gru/context_ablation.json");
        String span = Files.readString(spanFile);
        String ablation = Files.readString(ablationFile);

        Outcome again = rnnmem("run", experiment.toString());
        assertThat(again.out()).doesNotContain("train gru", "memory-span:", "context-ablation:");
        assertThat(Files.readString(spanFile)).isEqualTo(span);
        assertThat(Files.readString(ablationFile)).isEqualTo(ablation);

        Outcome wider = rnnmem("run", experiment.toString(), "--set", "analysis.memory_span.bucket=20");
        assertThat(wider.status()).as(wider.err()).isZero();
        assertThat(wider.out()).contains("gru memory-span: memory_span.json").doesNotContain("context-ablation:");
        assertThat(memorySpan().buckets().get(0).to()).isEqualTo(20);
        assertThat(Files.readString(ablationFile)).isEqualTo(ablation);

        Outcome looser = rnnmem("run", experiment.toString(), "--set", "analysis.memory_span.bucket=20", "--set",
                "analysis.context_ablation.tolerance=0.5");
        assertThat(looser.out()).contains("gru context-ablation: context_ablation.json").doesNotContain("memory-span:");
        assertThat(Files.readString(ablationFile)).isNotEqualTo(ablation).contains("\"tolerance\": 0.5");
    }

    /**
     * An answer of a sequence with the cue before it: the cue's letters, the space before the
     * answer and the answer's index; {@code cueStart} and {@code cueEnd} are -1 when the sequence
     * holds no cue before the answer.
     */
    private record Pair(int cueStart, int cueEnd, int space, int answer) {}

    /** Every answer of a sequence, with the last cue before it since the answer before. */
    private static List<Pair> pairs(int[] inputs) {
        String text = InputAlphabet.decode(inputs);
        List<Pair> pairs = new ArrayList<>();
        int cueStart = -1;
        int cueEnd = -1;
        for (int space = 0; space >= 0; space = text.indexOf(' ', space + 1)) {
            int end = text.indexOf(' ', space + 1);
            String word = text.substring(space + 1, end < 0 ? text.length() : end);
            if (CUES.cues().contains(word)) {
                cueStart = space + 1;
                cueEnd = space + word.length();
            } else if (CUES.answers().contains(word)) {
                pairs.add(new Pair(cueStart, cueEnd, space, CUES.answers().indexOf(word)));
                cueStart = -1;
                cueEnd = -1;
            }
        }
        return pairs;
    }

    private static MemorySpanResult memorySpan() {
        return RecordJson.fromJson(ResultFile.read(run.resolve("gru/memory_span.json")), MemorySpanResult.class);
    }

    private static TrainedUnit load() {
        ExperimentConfig config = new ConfigLoader(UNITS, directory).load(run.resolve("experiment.yaml"), List.of());
        return new TrainedUnits(new RunDirectory(run), config, UNITS, Engine.getEngine("PyTorch"), Device.cpu())
                .load(config.units().get(0), SEED, warning -> {});
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> panels(Document document) {
        NodeList groups = document.getElementsByTagName("g");
        List<Element> panels = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("panel")) {
                panels.add(group);
            }
        }
        assertThat(panels).hasSize(2);
        return panels;
    }

    /** The numbers a group named {@code name} carries in {@code attribute}, point by point. */
    private static List<List<Double>> points(Element panel, String attribute, String name) {
        NodeList groups = panel.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("data-name").equals(name) && group.hasAttribute(attribute)) {
                return Arrays.stream(group.getAttribute(attribute).split(" "))
                        .map(point -> Arrays.stream(point.split(",")).map(Double::valueOf).toList())
                        .toList();
            }
        }
        throw new AssertionError("no " + attribute + " of " + name);
    }

    private record Outcome(int status, String out, String err) {}

    private static Outcome rnnmem(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(arguments, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), Map.of());
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
