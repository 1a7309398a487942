/**
 * Stopping a run gracefully when the system asks it to end: Slurm before a time limit or at
 * preemption, Kubernetes at eviction, a user with {@code kill}. {@link
 * io.github.rnnmem.experiments.stop.StopRequests} is what training consults at every batch
 * boundary; {@link io.github.rnnmem.experiments.stop.TerminationSignal} answers it from SIGTERM.
 */
package io.github.rnnmem.experiments.stop;
