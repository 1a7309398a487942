/**
 * Guice wiring: what a command needs (the unit registry, progress reporting, the clock, the
 * console) and, for an experiment, its engine and device, corpus source and run store.
 */
package io.github.rnnmem.experiments.wiring;
