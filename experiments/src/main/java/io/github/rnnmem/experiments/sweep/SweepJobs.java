package io.github.rnnmem.experiments.sweep;

import io.github.rnnmem.experiments.store.RunDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the jobs of a sweep run, whatever the scheduler: one command line, {@code rnnmem run FILE
 * ARGUMENTS}, with {@code --prepare} for the preparing job and {@code --shard I/N} for each shard,
 * then {@code rnnmem report RUN}; and how much each job asks for.
 *
 * @param name the experiment's name, which names the jobs
 * @param launcher the {@code rnnmem} launcher the jobs start
 * @param workingDirectory where the jobs run, so that relative paths of the command line mean the same
 * @param file the experiment file, absolute
 * @param arguments the command line's {@code --set} and {@code --corpus} arguments
 * @param run the run directory, absolute
 * @param shards the number of shards, N
 * @param pending the shards to run, in increasing order (all of them, or those not done)
 * @param resources what each job asks for
 */
public record SweepJobs(String name, Path launcher, Path workingDirectory, Path file, List<String> arguments,
        RunDirectory run, int shards, List<Integer> pending, Resources resources) {

    /** Copies the lists and checks the parts. */
    public SweepJobs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(file, "file");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(run, "run");
        pending = List.copyOf(pending);
        Objects.requireNonNull(resources, "resources");
        if (shards < 1 || pending.stream().anyMatch(shard -> shard < 0 || shard >= shards)) {
            throw new IllegalArgumentException("shards " + pending + " of " + shards);
        }
    }

    /**
     * What each job asks the scheduler for.
     *
     * @param partition the Slurm partition, or null for the cluster's default
     * @param time the time limit in Slurm's form ({@code minutes}, {@code HH:MM:SS}, {@code
     *     D-HH:MM:SS}), or null for the partition's default
     * @param cpus the cores of each job, also the threads of its engine
     * @param gpus the GPUs of each shard's job
     * @param memory the memory of each job ({@code 8G}), or null for the default
     * @param throttle how many shards may run at once, or empty for no limit
     * @param warningSeconds how long before the time limit a job is warned, to write a checkpoint and
     *     be requeued
     */
    public record Resources(String partition, String time, int cpus, int gpus, String memory, OptionalInt throttle,
            int warningSeconds) {}
}
