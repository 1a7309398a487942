package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.RecordFormat;
import io.github.rnnmem.experiments.settings.RecordSettings;
import io.github.rnnmem.experiments.settings.SchemaRow;
import io.github.rnnmem.experiments.settings.YamlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiment schema: every setting declared on {@link ExperimentConfig} and the records nested
 * in it, with the configuration path of each record, as the command line prints it and as the
 * records' constructors check their arguments.
 */
public final class ConfigSchema {

    private ConfigSchema() {}

    /**
     * Every key of an experiment file, in schema order; keys inside a mapping follow the mapping's
     * row, keys of list items are written {@code units[].layers}.
     *
     * @return the rows
     */
    public static List<SchemaRow> describe() {
        List<SchemaRow> rows = new ArrayList<>();
        new RecordFormat<>(RecordSettings.of(ExperimentConfig.class)).describe("", "required", "an experiment", rows);
        return List.copyOf(rows);
    }

    /**
     * A settings record in canonical form: its present values by key, in declaration order, as
     * plain data.
     *
     * @param record the record
     * @param <R> its type
     * @return a map from key to plain data
     */
    @SuppressWarnings("unchecked") // a record is of its own class
    public static <R extends Record> Map<String, Object> plain(R record) {
        return RecordSettings.of((Class<R>) record.getClass()).plain(record);
    }

    /**
     * Plain data written as canonical YAML.
     *
     * @param mapping keys to plain data
     * @return the YAML text
     */
    static String yaml(Map<String, ?> mapping) {
        YamlWriter out = new YamlWriter();
        out.mapping(mapping);
        return out.text();
    }

    /**
     * Checks a record's constructor arguments against the declarations of its settings, with
     * messages that name each setting by its configuration path.
     *
     * @param type the record
     * @param arguments its constructor's arguments, in component order
     * @throws IllegalArgumentException listing every problem
     */
    static void verify(Class<? extends Record> type, Object... arguments) {
        RecordSettings.of(type).verify(Paths.OF.getOrDefault(type, ""), arguments);
    }

    /** The configuration path of every record in the experiment's tree, made on first use. */
    private static final class Paths {

        static final Map<Class<?>, String> OF = walk(ExperimentConfig.class, "", new HashMap<>());

        private static Map<Class<?>, String> walk(Class<? extends Record> type, String path, Map<Class<?>, String> paths) {
            paths.put(type, path);
            RecordSettings.of(type).nested().forEach((key, nested) -> walk(nested, ConfigPaths.child(path, key), paths));
            return paths;
        }
    }
}
