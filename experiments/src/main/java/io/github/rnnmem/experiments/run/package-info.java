/**
 * One experiment run end to end: its run directory, its provenance, the plan of its tasks (every
 * unit with every setting of its grid and every seed), and the runner that builds the dataset,
 * trains and evaluates every task (or a shard's) and writes results, figures and the report.
 */
package io.github.rnnmem.experiments.run;
