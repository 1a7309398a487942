/**
 * The files of a run directory and what they record: the directory's layout and its locks (the
 * whole directory, its preparation, each task), the unit directories, the task list and the marks
 * of tasks done, the shards' logs, the dataset summary and the model descriptions. The run writes
 * them; the report, the analyses and a sweep's status read them.
 */
package io.github.rnnmem.experiments.store;
