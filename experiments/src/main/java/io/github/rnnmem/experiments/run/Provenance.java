package io.github.rnnmem.experiments.run;

import ai.djl.engine.Engine;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * What made a run's results: versions of rnnmem, DJL, the engine, Java and the operating system,
 * the machine, the seeds, the configuration hash, the command, and when the run started and
 * ended. Written as {@code provenance.json} when a run starts and again when it ends.
 *
 * @param versions the versions of the software
 * @param machine where the run computed
 * @param configHash the experiment's configuration hash
 * @param splitSeed the seed of the dataset split
 * @param trainingSeeds the seeds units are trained with
 * @param command the command line
 * @param started when the run started
 * @param finished when it ended, or empty while it runs
 * @param earlierRuns earlier invocations of the same experiment in the same directory, newest first
 */
public record Provenance(
        Versions versions,
        Machine machine,
        String configHash,
        int splitSeed,
        List<Integer> trainingSeeds,
        String command,
        Instant started,
        Optional<Instant> finished,
        List<JsonObject> earlierRuns) {

    /** The key of {@link #earlierRuns} in the file. */
    private static final String EARLIER_RUNS = "earlier_runs";

    /** The environment variables that change how fast the engines run, recorded when set. */
    private static final List<String> SPEED_VARIABLES =
            List.of("OMP_NUM_THREADS", "MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_");

    /**
     * The versions of the software that computed the run.
     *
     * @param rnnmem rnnmem's version
     * @param djl DJL's version
     * @param engine the engine's name
     * @param engineVersion the engine's version
     * @param java the Java runtime's version and vendor
     * @param os the operating system and architecture
     */
    public record Versions(String rnnmem, String djl, String engine, String engineVersion, String java, String os) {}

    /**
     * Where the run computed.
     *
     * @param device the device, as an experiment names it ({@code cpu}, {@code gpu:0})
     * @param cores the processors available to the JVM
     * @param environment the values of the variables that change the engines' speed, when set
     */
    public record Machine(String device, int cores, Map<String, String> environment) {}

    /** Copies the lists and checks the mandatory parts. */
    public Provenance {
        Objects.requireNonNull(configHash, "configHash");
        trainingSeeds = List.copyOf(trainingSeeds);
        earlierRuns = List.copyOf(earlierRuns);
    }

    /**
     * The provenance of a run starting now.
     *
     * @param engine the engine
     * @param device the device, as an experiment names it
     * @param configHash the configuration hash
     * @param splitSeed the split seed
     * @param trainingSeeds the training seeds
     * @param command the command line
     * @param environment the environment variables
     * @param started the start time
     * @param earlierRuns earlier invocations of the same experiment, see {@link #earlierRunsIn}
     * @return the provenance, not finished
     */
    public static Provenance start(Engine engine, String device, String configHash, int splitSeed,
            List<Integer> trainingSeeds, String command, Map<String, String> environment, Instant started,
            List<JsonObject> earlierRuns) {
        Versions versions = new Versions(rnnmemVersion(), Engine.getDjlVersion(), engine.getEngineName(),
                engine.getVersion(), System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        Map<String, String> speed = new LinkedHashMap<>();
        SPEED_VARIABLES.stream().filter(environment::containsKey).forEach(name -> speed.put(name, environment.get(name)));
        Machine machine = new Machine(device, Runtime.getRuntime().availableProcessors(), speed);
        return new Provenance(versions, machine, configHash, splitSeed, trainingSeeds, command, started, Optional.empty(),
                earlierRuns);
    }

    /**
     * rnnmem's version, as the build recorded it.
     *
     * @return the version, such as {@code 0.1.0-SNAPSHOT}
     */
    public static String rnnmemVersion() {
        Properties properties = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("the build did not record rnnmem's version");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rnnmem's version", e);
        }
        return properties.getProperty("version");
    }

    /**
     * The same provenance, ended.
     *
     * @param at the end time
     * @return the finished provenance
     */
    public Provenance finish(Instant at) {
        return new Provenance(versions, machine, configHash, splitSeed, trainingSeeds, command, started, Optional.of(at),
                earlierRuns);
    }

    /**
     * Writes {@code provenance.json} atomically.
     *
     * @param file the file
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, Json.pretty(RecordJson.toJson(this)));
    }

    /**
     * The invocations recorded in an existing {@code provenance.json} of the same experiment, newest
     * first: the file's own invocation followed by those it lists as earlier.
     *
     * @param file the existing file, possibly missing or damaged
     * @param configHash the experiment's hash; a file of another experiment gives none
     * @return the invocations to keep
     */
    public static List<JsonObject> earlierRunsIn(Path file, String configHash) {
        List<JsonObject> runs = new ArrayList<>();
        try {
            JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            if (!configHash.equals(json.get("config_hash").getAsString())) {
                return runs;
            }
            JsonArray earlier = json.has(EARLIER_RUNS) ? json.getAsJsonArray(EARLIER_RUNS) : new JsonArray();
            json.remove(EARLIER_RUNS);
            runs.add(json);
            earlier.forEach(run -> runs.add(run.getAsJsonObject()));
        } catch (IOException | RuntimeException e) {
            // no earlier provenance to keep
        }
        return runs;
    }
}
