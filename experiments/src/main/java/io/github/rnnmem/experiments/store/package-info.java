/**
 * The files of a run directory and what they record: the directory's layout and lock, the unit
 * directories, the dataset summary and the model descriptions. The run writes them; the report and
 * the analyses read them.
 */
package io.github.rnnmem.experiments.store;
