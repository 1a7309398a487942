/**
 * Progress of long work: a task with a known or unknown total, shown as a bar with rate and ETA
 * on a terminal, or as plain periodic lines otherwise.
 */
package io.github.rnnmem.experiments.progress;
