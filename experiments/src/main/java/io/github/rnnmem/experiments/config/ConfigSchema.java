package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.RecordFormat;
import io.github.rnnmem.experiments.settings.RecordSettings;
import io.github.rnnmem.experiments.settings.SchemaRow;
import io.github.rnnmem.experiments.settings.YamlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experiment schema: every setting declared on {@link ExperimentConfig} and the records nested
 * in it, with the configuration path of each record, as the command line prints it and as the
 * records' constructors check their arguments.
 */
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
        new RecordFormat<>(RecordSettings.of(ExperimentConfig.class)).describe("", "required", "an experiment", rows);
        rows.add(Grid.schemaRow());
        return List.copyOf(rows);
    }

    /**
     * The values a setting of the experiment accepts, for command-line options that set the same
     * thing and so are checked by the same declaration.
     *
     * @param path the setting's configuration path, such as {@code report.positions}
     * @return its domain
     * @throws IllegalArgumentException when the path names no scalar or list setting
     */
    public static Domain domain(String path) {
        Class<? extends Record> type = ExperimentConfig.class;
        String[] keys = path.split("\\.");
        for (int i = 0; i < keys.length - 1 && type != null; i++) {
            type = RecordSettings.of(type).nested().get(keys[i]);
        }
        return Optional.ofNullable(type).flatMap(t -> RecordSettings.of(t).domain(keys[keys.length - 1]))
                .orElseThrow(() -> new IllegalArgumentException("no setting " + path));
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
     * A settings record with every setting at its default.
     *
     * @param type the record, such as {@link TrainingConfig}
     * @param <R> its type
     * @return the record as an empty YAML mapping binds
     */
    public static <R extends Record> R defaults(Class<R> type) {
        return RecordSettings.of(type).defaults();
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
