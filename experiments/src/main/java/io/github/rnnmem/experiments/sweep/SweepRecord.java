package io.github.rnnmem.experiments.sweep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.store.RunDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code rnnmem sweep} wrote and submitted for a run directory, {@code RUN/sweep/sweep.json}:
 * the scheduler, the number of shards, and once submitted the jobs' ids, so that {@code sweep
 * status} can ask the scheduler about them.
 *
 * @param scheduler {@code slurm} or {@code kubernetes}
 * @param shards the number of shards, N
 * @param submitted the submitted jobs (the last submission's), empty when the files were only written
 */
public record SweepRecord(String scheduler, int shards, List<Submission> submitted) {

    /** Copies the jobs. */
    public SweepRecord {
        submitted = List.copyOf(submitted);
    }

    /**
     * One submitted job.
     *
     * @param role {@code prepare}, {@code array} or {@code merge}
     * @param id the scheduler's id of the job
     * @param offset for an array job, the shard of its array index 0
     */
    public record Submission(String role, String id, int offset) {}

    /**
     * The file of a run directory's record.
     *
     * @param run the run directory
     * @return {@code RUN/sweep/sweep.json}
     */
    public static Path file(RunDirectory run) {
        return run.sweep().resolve("sweep.json");
    }

    /**
     * Writes the record.
     *
     * @param run the run directory
     * @throws IOException if the file cannot be written
     */
    public void write(RunDirectory run) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("scheduler", scheduler);
        json.addProperty("shards", shards);
        JsonArray jobs = new JsonArray();
        for (Submission job : submitted) {
            JsonObject item = new JsonObject();
            item.addProperty("role", job.role());
            item.addProperty("id", job.id());
            item.addProperty("offset", job.offset());
            jobs.add(item);
        }
        json.add("submitted", jobs);
        AtomicFiles.writeString(file(run), new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n");
    }

    /**
     * Reads a run directory's record.
     *
     * @param run the run directory
     * @return the record, or empty when no sweep was written for it
     * @throws BadInputException naming the file when it is damaged
     */
    public static Optional<SweepRecord> read(RunDirectory run) {
        Path file = file(run);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            List<Submission> jobs = new ArrayList<>();
            for (JsonElement element : json.getAsJsonArray("submitted")) {
                JsonObject item = element.getAsJsonObject();
                jobs.add(new Submission(item.get("role").getAsString(), item.get("id").getAsString(),
                        item.get("offset").getAsInt()));
            }
            return Optional.of(new SweepRecord(json.get("scheduler").getAsString(), json.get("shards").getAsInt(), jobs));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is damaged: " + JsonText.problem(e), e);
        }
    }
}
