package io.github.rnnmem.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rnnmem asks of a Slurm cluster, through its commands: its array size limit, to submit a
 * sweep, and the jobs it holds. Accounting ({@code sacct}) is never needed: clusters of one machine
 * often run without it.
 */
public interface Slurm {

    /**
     * Whether Slurm's commands can be run here.
     *
     * @return true when {@code sbatch}, {@code squeue} and {@code scontrol} are found
     */
    boolean available();

    /**
     * The cluster's {@code MaxArraySize} ({@code scontrol show config}): array indices are below it.
     *
     * @return the limit
     * @throws io.github.rnnmem.experiments.BadInputException when the cluster does not answer
     */
    int maxArraySize();

    /**
     * Runs a sweep's {@code submit.sh} and reads the job ids it prints.
     *
     * @param script the submission script
     * @return the ids by job, in submission order: {@code prepare}, {@code array} (one per array job,
     *     as {@code array}, {@code array 2}, ...), {@code merge}
     * @throws io.github.rnnmem.experiments.BadInputException with sbatch's message when a submission
     *     is refused
     */
    Map<String, String> submit(Path script);

    /**
     * The jobs the cluster holds now, array tasks one by one ({@code squeue -r}).
     *
     * @param jobIds the ids of the jobs of interest (an array job's id covers its tasks)
     * @return every task of those jobs still queued or running, by id ({@code 42_3} for array
     *     index 3 of job 42, or {@code 41}); empty when {@code squeue} does not answer
     */
    Optional<List<QueuedJob>> queue(List<String> jobIds);

    /**
     * A job or array task in the queue.
     *
     * @param id the job's id, {@code 42_3} for an array task
     * @param state its state, such as {@code PENDING} or {@code RUNNING}
     * @param reason why it waits, or the node it runs on
     */
    record QueuedJob(String id, String state, String reason) {}
}
