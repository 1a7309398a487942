/**
 * The machinery behind the experiment configuration, not part of its API.
 *
 * <p>{@link io.github.rnnmem.experiments.config.internal.YamlReader} turns YAML text into a small
 * tree of {@link io.github.rnnmem.experiments.config.internal.YamlNode}s that remember their
 * {@link io.github.rnnmem.experiments.config.internal.Location}. Each configuration record declares
 * its keys once, as {@link io.github.rnnmem.experiments.config.internal.Entry entries} of a {@link
 * io.github.rnnmem.experiments.config.internal.Table}; the same table checks a record's constructor
 * arguments ({@link io.github.rnnmem.experiments.config.internal.Table#verify}), binds a YAML
 * mapping with located problems ({@link io.github.rnnmem.experiments.config.internal.Table#bind}),
 * writes the canonical YAML ({@link io.github.rnnmem.experiments.config.internal.YamlWriter}) and
 * describes the schema.
 */
package io.github.rnnmem.experiments.config.internal;
