/**
 * One experiment run end to end: its run directory, its provenance, and the runner that builds
 * the dataset, trains and evaluates every unit and writes results, figures and the report.
 */
package io.github.rnnmem.experiments.run;
