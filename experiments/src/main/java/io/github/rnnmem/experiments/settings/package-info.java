/**
 * Settings declared once, on the components of records, and bound from YAML.
 *
 * <p>A record component annotated with {@link io.github.rnnmem.experiments.settings.Setting}
 * carries its setting's meaning, range and default; its key and type follow from the component.
 * {@link io.github.rnnmem.experiments.settings.RecordSettings} reads those declarations once per
 * record type and is the one table that binds a YAML mapping (with every problem located by {@link
 * io.github.rnnmem.experiments.settings.Binding}), checks the record's constructor arguments,
 * gives the canonical plain form written as YAML ({@link
 * io.github.rnnmem.experiments.settings.YamlWriter}) or JSON, and describes the schema. Values are
 * checked and worded by the api's {@link io.github.rnnmem.api.Domain}, the vocabulary unit
 * hyperparameters use too. {@link io.github.rnnmem.experiments.settings.YamlReader} turns YAML text
 * into a small tree of {@link io.github.rnnmem.experiments.settings.YamlNode}s that remember their
 * {@link io.github.rnnmem.experiments.settings.Location}.
 */
package io.github.rnnmem.experiments.settings;
