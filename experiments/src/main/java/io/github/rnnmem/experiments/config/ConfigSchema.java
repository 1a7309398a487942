package io.github.rnnmem.experiments.config;

import java.util.ArrayList;
import java.util.List;

/** The experiment schema, as the command line prints it: every key with its type, range, default and meaning. */
public final class ConfigSchema {

    private ConfigSchema() {}

    /**
     * Every key of an experiment file, in schema order; keys inside a mapping follow the mapping's
     * row, keys of list items are written {@code units[].layers}; {@code grid} comes last.
     *
     * @return the rows
     */
    public static List<SchemaRow> describe() {
        List<SchemaRow> rows = new ArrayList<>();
        ExperimentConfig.SECTION.describe("", rows);
        rows.add(Grid.schemaRow());
        return List.copyOf(rows);
    }
}
