/**
 * Sweeps on the schedulers researchers already use: the batch scripts of a Slurm cluster ({@link
 * io.github.rnnmem.experiments.sweep.SlurmScripts}: a preparing job, array jobs of one task per
 * shard, a merge job) and the manifests of a Kubernetes cluster ({@link
 * io.github.rnnmem.experiments.sweep.KubernetesManifests}: the same steps as Jobs, the shards an
 * Indexed Job), and the state of every task of a sweep ({@link
 * io.github.rnnmem.experiments.sweep.SweepStatus}). rnnmem schedules nothing itself: every job runs
 * {@code rnnmem run --prepare}, {@code rnnmem run --shard I/N} or {@code rnnmem report} on one run
 * directory, and the scheduler decides when and where. Slurm is reached through its commands
 * ({@link io.github.rnnmem.experiments.sweep.Slurm}).
 */
package io.github.rnnmem.experiments.sweep;
