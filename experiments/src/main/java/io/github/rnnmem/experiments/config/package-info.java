/**
 * The experiment configuration: a YAML file bound to immutable, validated records.
 *
 * <p>{@link io.github.rnnmem.experiments.config.ConfigLoader} reads an experiment file, applies
 * the command-line {@link io.github.rnnmem.experiments.config.ConfigOverride overrides} and binds
 * the result to an {@link io.github.rnnmem.experiments.config.ExperimentConfig}. Every problem is
 * collected with its file, line and configuration path and reported at once in a {@link
 * io.github.rnnmem.experiments.config.ConfigException}. Each record declares its keys once, with
 * type, range, default and meaning; the loader and the record's constructor check values against
 * that one declaration, and {@link io.github.rnnmem.experiments.config.ConfigSchema} prints it. An
 * experiment renders itself in a canonical YAML form whose hash tells two experiments apart.
 */
package io.github.rnnmem.experiments.config;
