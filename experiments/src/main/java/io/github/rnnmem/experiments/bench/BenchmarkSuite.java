package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.model.DeviceNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The performance measurements of one engine, in one run: training steps and layer passes
 * against DJL's kernels, a plain DJL model and each step-by-step layer's floor ({@link
 * StepBenchmark}); connectivity ({@link ConnectivityBenchmark}); and the article's size ({@link
 * ArticleSizeBenchmark}).
 *
 * @param units where the units come from
 * @param repeats timed rounds per measurement
 * @param quick whether to measure the mid size, the start of the connectivity text and the
 *     article's GRU once only
 */
public record BenchmarkSuite(UnitRegistry units, int repeats, boolean quick) {

    /** The characters of the article's text a quick run computes connectivity for. */
    static final int QUICK_CONNECTIVITY_CHARACTERS = 40;

    private static final String[] ENVIRONMENT = {"OMP_NUM_THREADS", "MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"};

    /**
     * Runs every measurement on one engine, printing as it goes.
     *
     * @param engineName the engine, such as {@code MXNet}
     * @param out where to print
     */
    public void run(String engineName, PrintStream out) {
        printMachine(Engine.getEngine(engineName), out);
        StepBenchmark steps = new StepBenchmark(units, repeats);
        for (BenchSize size : quick ? List.of(BenchSize.MID) : List.of(BenchSize.QUICKSTART, BenchSize.MID)) {
            out.println();
            steps.run(engineName, size, out);
        }
        out.println();
        new ConnectivityBenchmark(units, Math.min(repeats, 3), quick ? QUICK_CONNECTIVITY_CHARACTERS : Integer.MAX_VALUE)
                .run(engineName, out);
        out.println();
        if (quick) {
            out.println("the article's GRU only, without an untimed run first; `rnnmem bench --article` measures every unit");
            new ArticleSizeBenchmark(units, 1, 0, BenchSize.ARTICLE.units().subList(0, 1)).run(engineName, out);
        } else {
            new ArticleSizeBenchmark(units, 1, 1, BenchSize.ARTICLE.units()).run(engineName, out);
        }
    }

    /**
     * Measures the article's size only, on one engine.
     *
     * @param engineName the engine
     * @param out where to print
     */
    public void runArticle(String engineName, PrintStream out) {
        printMachine(Engine.getEngine(engineName), out);
        new ArticleSizeBenchmark(units, repeats, 1, BenchSize.ARTICLE.units()).run(engineName, out);
    }

    /**
     * Prints what the figures were measured on.
     *
     * @param engine the engine
     * @param out where to print
     */
    static void printMachine(Engine engine, PrintStream out) {
        out.printf(Locale.ROOT, "%s %s on %s; %s, %d cores; Java %s; %s%n", engine.getEngineName(), engine.getVersion(),
                DeviceNames.of(Device.cpu()), processor(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                LocalDate.now());
        StringBuilder environment = new StringBuilder();
        for (String name : ENVIRONMENT) {
            environment.append(environment.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append(System.getenv().getOrDefault(name, "unset"));
        }
        out.println(environment);
    }

    private static String processor() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | SecurityException e) {
            return System.getProperty("os.arch");
        }
        return System.getProperty("os.arch");
    }
}
