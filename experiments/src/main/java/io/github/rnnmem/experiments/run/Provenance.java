package io.github.rnnmem.experiments.run;

import ai.djl.engine.Engine;
import com.google.gson.stream.JsonWriter;
import io.github.rnnmem.experiments.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
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
 * @param rnnmem rnnmem's version
 * @param djl DJL's version
 * @param engine the engine's name
 * @param engineVersion the engine's version
 * @param device the device computed on
 * @param java the Java runtime's version and vendor
 * @param os the operating system and architecture
 * @param cores the processors available to the JVM
 * @param threads the value of {@code OMP_NUM_THREADS}, or empty when unset
 * @param configHash the experiment's configuration hash
 * @param splitSeed the seed of the dataset split
 * @param trainingSeeds the seeds units are trained with
 * @param command the command line
 * @param started when the run started
 * @param finished when it ended, or empty while it runs
 */
public record Provenance(
        String rnnmem,
        String djl,
        String engine,
        String engineVersion,
        String device,
        String java,
        String os,
        int cores,
        Optional<String> threads,
        String configHash,
        int splitSeed,
        List<Integer> trainingSeeds,
        String command,
        Instant started,
        Optional<Instant> finished) {

    /** Copies the list and checks the mandatory parts. */
    public Provenance {
        Objects.requireNonNull(configHash, "configHash");
        trainingSeeds = List.copyOf(trainingSeeds);
    }

    /**
     * The provenance of a run starting now.
     *
     * @param engine the engine
     * @param device the device, as text
     * @param configHash the configuration hash
     * @param splitSeed the split seed
     * @param trainingSeeds the training seeds
     * @param command the command line
     * @param environment the environment variables
     * @param started the start time
     * @return the provenance, not finished
     */
    public static Provenance start(Engine engine, String device, String configHash, int splitSeed,
            List<Integer> trainingSeeds, String command, Map<String, String> environment, Instant started) {
        return new Provenance(
                rnnmemVersion(),
                Engine.getDjlVersion(),
                engine.getEngineName(),
                engine.getVersion(),
                device,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Optional.ofNullable(environment.get("OMP_NUM_THREADS")),
                configHash,
                splitSeed,
                trainingSeeds,
                command,
                started,
                Optional.empty());
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
        return new Provenance(rnnmem, djl, engine, engineVersion, device, java, os, cores, threads, configHash, splitSeed,
                trainingSeeds, command, started, Optional.of(at));
    }

    /**
     * Writes {@code provenance.json} atomically.
     *
     * @param file the file
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, toJson());
    }

    /**
     * The JSON form.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("versions").beginObject()
                    .name("rnnmem").value(rnnmem)
                    .name("djl").value(djl)
                    .name("engine").value(engine)
                    .name("engine_version").value(engineVersion)
                    .name("java").value(java)
                    .name("os").value(os)
                    .endObject();
            json.name("machine").beginObject()
                    .name("device").value(device)
                    .name("cores").value(cores)
                    .name("omp_num_threads").value(threads.orElse(null))
                    .endObject();
            json.name("config_hash").value(configHash);
            json.name("split_seed").value(splitSeed);
            json.name("training_seeds").beginArray();
            for (int seed : trainingSeeds) {
                json.value(seed);
            }
            json.endArray();
            json.name("command").value(command);
            json.name("started").value(started.toString());
            json.name("finished").value(finished.map(Instant::toString).orElse(null));
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return text.toString() + "\n";
    }
}
