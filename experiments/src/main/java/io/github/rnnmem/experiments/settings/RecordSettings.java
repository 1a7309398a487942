package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.io.RecordJson;
import io.github.rnnmem.experiments.io.Records;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The settings of one record type, read from its components' {@link Setting} declarations: the
 * one table that binds a YAML mapping to the record ({@link #bind}), checks the arguments of the
 * record's constructor ({@link #verify}), gives the record's canonical plain form for YAML and
 * JSON ({@link #plain}) and describes the schema ({@link #describe}). Every check a record's
 * values obey is made here, from the declarations and the record's {@code relations()}.
 *
 * @param <R> the record type
 */
public final class RecordSettings<R extends Record> {

    private static final ClassValue<RecordSettings<?>> ALL = new ClassValue<>() {
        @Override
        protected RecordSettings<?> computeValue(Class<?> type) {
            return new RecordSettings<>(type.asSubclass(Record.class));
        }
    };

    private final Class<R> type;
    private final RecordComponent[] components;
    /** The entry of each component, null for a component that is not a setting. */
    private final Entry[] entries;
    private final Relations relations;

    private RecordSettings(Class<R> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.entries = new Entry[components.length];
        this.relations = relationsOf(type);
        for (int i = 0; i < components.length; i++) {
            Setting setting = components[i].getAnnotation(Setting.class);
            entries[i] = setting == null ? null : entry(components[i], setting);
        }
        checkDerivations();
    }

    /**
     * The settings of a record type.
     *
     * @param type the record type
     * @param <R> the record type
     * @return its settings, made once per type
     */
    @SuppressWarnings("unchecked") // the class value is computed from the same type
    public static <R extends Record> RecordSettings<R> of(Class<R> type) {
        return (RecordSettings<R>) ALL.get(type);
    }

    /**
     * The record type.
     *
     * @return the class
     */
    public Class<R> type() {
        return type;
    }

    /**
     * The keys of the settings, in declaration order.
     *
     * @return the keys
     */
    public List<String> keys() {
        return settings().stream().map(Entry::key).toList();
    }

    /**
     * The values a setting accepts, for options elsewhere that set the same thing.
     *
     * @param key one of the record's keys
     * @return the domain of a scalar or list setting; empty for a nested mapping or an unknown key
     */
    public Optional<Domain> domain(String key) {
        return settings().stream().filter(entry -> entry.key().equals(key)).findFirst()
                .filter(entry -> entry.format() instanceof ValueFormat<?>)
                .map(entry -> ((ValueFormat<?>) entry.format()).domain());
    }

    /**
     * The record types nested in this one, by key: a record component's key, or {@code key[]} for
     * the items of a list of records.
     *
     * @return the nested types, in declaration order
     */
    public Map<String, Class<? extends Record>> nested() {
        Map<String, Class<? extends Record>> nested = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            Type valueType = valueType(component);
            if (valueType instanceof Class<?> c && c.isRecord()) {
                nested.put(RecordJson.key(component.getName()), c.asSubclass(Record.class));
            } else if (valueType instanceof ParameterizedType list && list.getRawType() == List.class
                    && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                nested.put(RecordJson.key(component.getName()) + "[]", item.asSubclass(Record.class));
            }
        }
        return nested;
    }

    /**
     * Binds a YAML mapping to the record: reports unknown keys, binds each present value, applies
     * the default of each absent one, derives the derived ones and checks the rules between them.
     *
     * @param map the mapping
     * @param path its configuration path
     * @param binding where problems are reported, located
     * @return the record, or empty when there are problems
     */
    public Optional<R> bind(YamlMap map, String path, Binding binding) {
        binding.checkKeys(map, path, keys());
        return bindValues(map, path, binding).map(this::construct);
    }

    /**
     * Binds the settings of a YAML mapping without making the record, for mappings that hold more
     * than the record's settings (unknown keys are the caller's concern).
     *
     * @param map the mapping
     * @param path its configuration path
     * @param binding where problems are reported, located
     * @return the values with defaults filled in, or empty when there are problems
     */
    public Optional<Values> bindValues(YamlMap map, String path, Binding binding) {
        Values values = new Values(keys());
        List<Entry> derived = new ArrayList<>();
        boolean complete = true;
        for (Entry entry : settings()) {
            String where = ConfigPaths.child(path, entry.key());
            Optional<YamlNode> node = map.get(entry.key());
            Optional<Object> value;
            if (node.isPresent()) {
                value = entry.format().bind(node.get(), where, binding);
            } else if (entry.fallback() instanceof Fallback.Value fixed) {
                value = Optional.of(fixed.value());
            } else if (entry.fallback() instanceof Fallback.Defaults) {
                value = entry.format().bind(YamlMap.empty(map.location()), where, binding);
            } else if (entry.fallback() instanceof Fallback.Derived) {
                derived.add(entry);
                continue;
            } else if (entry.fallback() instanceof Fallback.None) {
                continue;
            } else {
                binding.missing(map.location(), where, entry.format().expected());
                value = Optional.empty();
            }
            value.ifPresent(v -> values.put(entry.key(), v));
            complete &= value.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        derived.forEach(entry -> values.put(entry.key(), relations.derived().get(entry.key()).apply(values)));
        List<Violation> violations = relations.violations(values);
        violations.forEach(violation -> report(violation, map, path, binding));
        return violations.isEmpty() ? Optional.of(values) : Optional.empty();
    }

    /**
     * The record with every setting at its default, as an empty YAML mapping binds.
     *
     * @return the record
     * @throws IllegalStateException when a setting has no default
     */
    public R defaults() {
        Binding binding = new Binding();
        Optional<R> record = bind(YamlMap.empty(Location.start(Source.argument("defaults", Path.of(""), 0))), "", binding);
        return record.orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has settings without a default: "
                + binding.problems().stream().map(ConfigProblem::message).toList()));
    }

    /**
     * Makes the record from valid values.
     *
     * @param values the values of every setting, optional ones possibly absent
     * @return the record
     */
    public R construct(Values values) {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (entries[i] == null) {
                throw new IllegalStateException(components[i].getName() + " is not a setting: make the record directly");
            }
            arguments[i] = wrap(components[i].getType(), values.get(entries[i].key()));
        }
        return Records.make(type, arguments);
    }

    /**
     * Checks the arguments of the record's canonical constructor, in component order: each
     * setting's value against its declaration (every setting is required, but for optional ones and
     * derived ones that derive nothing), then, when all are valid, the rules between them. A
     * component that is not a setting must not be null.
     *
     * @param path the record's configuration path, for messages, such as {@code training}
     * @param arguments the constructor's arguments
     * @throws IllegalArgumentException listing every problem, separated by semicolons
     */
    public void verify(String path, Object... arguments) {
        if (arguments.length != components.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length + " components");
        }
        Values values = new Values(keys());
        for (int i = 0; i < components.length; i++) {
            if (entries[i] == null) {
                if (arguments[i] == null) {
                    throw new NullPointerException(components[i].getName());
                }
            } else {
                values.put(entries[i].key(), unwrap(entries[i], arguments[i]));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Entry entry : settings()) {
            Object value = values.get(entry.key());
            String where = ConfigPaths.child(path, entry.key());
            if (value == null && mustBeGiven(entry, values)) {
                problems.add(where + ": " + Binding.rule(entry.format().expected() + " (required)", "nothing"));
            } else if (value != null && entry.format().accept(value).isEmpty()) {
                problems.add(where + ": " + Binding.rule(entry.format().expected(), io.github.rnnmem.api.Values.render(value)));
            }
        }
        if (problems.isEmpty()) {
            for (Violation violation : relations.violations(values)) {
                problems.add(ConfigPaths.child(path, violation.path()) + ": "
                        + Binding.rule(violation.expected(), io.github.rnnmem.api.Values.render(violation.found())));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * The record as plain data: its settings' present values by key, in declaration order. A
     * component that is not a declared setting, as in an analysis's settings, which gather
     * sections and single settings of other sections, is included by its key when it is a record,
     * an enum (by its YAML name), a number, a boolean, a text or an optional of those; other such
     * components (a unit's resolved hyperparameters) are left to their owner. Written as YAML it
     * is the canonical form; as JSON, the settings object of a result.
     *
     * @param value the record
     * @return a map from key to plain data
     */
    public Map<String, Object> plain(R value) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            Object argument = Records.value(components[i], value);
            if (entries[i] != null) {
                Object present = unwrap(entries[i], argument);
                if (present != null) {
                    plain.put(entries[i].key(), entries[i].format().plain(present));
                }
            } else {
                Object present = plainValue(argument);
                if (present != null) {
                    plain.put(RecordJson.key(components[i].getName()), present);
                }
            }
        }
        return plain;
    }

    /**
     * Adds the schema rows of every setting.
     *
     * @param path the record's configuration path
     * @param rows where rows are added
     */
    public void describe(String path, List<SchemaRow> rows) {
        for (Entry entry : settings()) {
            entry.format().describe(ConfigPaths.child(path, entry.key()), entry.fallback().describe(), entry.meaning(), rows);
        }
    }

    @SuppressWarnings("unchecked") // the record is of its own type
    private static <T extends Record> Map<String, Object> plainOf(T record) {
        return RecordSettings.of((Class<T>) record.getClass()).plain(record);
    }

    /** A value that is not a declared setting as plain data, or null when it has no plain form. */
    private static Object plainValue(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(RecordSettings::plainValue).orElse(null);
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        if (value instanceof Record record) {
            return plainOf(record);
        }
        if (value instanceof Enum<?> constant) {
            return YamlNames.of(constant);
        }
        return value instanceof Number || value instanceof Boolean || value instanceof String ? value : null;
    }

    private List<Entry> settings() {
        return Arrays.stream(entries).filter(e -> e != null).toList();
    }

    private boolean mustBeGiven(Entry entry, Values given) {
        if (entry.fallback() instanceof Fallback.None) {
            return false;
        }
        return !(entry.fallback() instanceof Fallback.Derived) || relations.derived().get(entry.key()).apply(given) != null;
    }


    private static Object wrap(Class<?> componentType, Object value) {
        if (componentType == Optional.class) {
            return Optional.ofNullable(value);
        }
        if (componentType == OptionalInt.class) {
            return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
        }
        if (componentType == List.class && value == null) {
            return List.of();
        }
        return value;
    }

    private static Object unwrap(Entry entry, Object argument) {
        if (argument instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        if (argument instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        if (entry.fallback() instanceof Fallback.None && argument instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return argument;
    }

    private void report(Violation violation, YamlMap map, String path, Binding binding) {
        List<ConfigPaths.Step> steps = ConfigPaths.parse(violation.path())
                .orElseThrow(() -> new IllegalStateException("not a path: " + violation.path()));
        String found = ConfigPaths.find(map, steps).map(YamlNode::found)
                .orElse(io.github.rnnmem.api.Values.render(violation.found()));
        binding.report(ConfigPaths.nearest(map, steps).location(), ConfigPaths.child(path, violation.path()),
                Binding.rule(violation.expected(), found));
    }

    private Entry entry(RecordComponent component, Setting setting) {
        String key = RecordJson.key(component.getName());
        boolean optional = isOptional(component);
        @SuppressWarnings("unchecked") // a component's format reads values of the component's type
        Format<Object> format = (Format<Object>) Formats.of(valueType(component), setting);
        Fallback fallback;
        if (!setting.derived().isEmpty()) {
            fallback = new Fallback.Derived(setting.derived());
        } else if (setting.fallback().equals(Setting.DEFAULTS) && format instanceof RecordFormat) {
            fallback = new Fallback.Defaults();
        } else if (!setting.fallback().isEmpty()) {
            if (!(format instanceof ValueFormat<Object> value)) {
                throw new IllegalStateException(key + ": a default needs a value format");
            }
            Object parsed = value.parseDefault(setting.fallback());
            fallback = new Fallback.Value(parsed, YamlWriter.inline(format.plain(parsed)));
        } else {
            fallback = optional ? new Fallback.None() : new Fallback.Required();
        }
        return new Entry(key, setting.value(), fallback, format);
    }

    /** Optional, OptionalInt and lists of the built-in list format may be absent. */
    private static boolean isOptional(RecordComponent component) {
        Class<?> raw = component.getType();
        Setting setting = component.getAnnotation(Setting.class);
        return raw == Optional.class || raw == OptionalInt.class
                || raw == List.class && setting.format() == Format.class;
    }

    /** The component's type with Optional and OptionalInt unwrapped. */
    private static Type valueType(RecordComponent component) {
        if (component.getType() == OptionalInt.class) {
            return Integer.class;
        }
        if (component.getType() == Optional.class) {
            return ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        }
        return component.getGenericType();
    }

    private static Relations relationsOf(Class<?> type) {
        try {
            Method method = type.getDeclaredMethod("relations");
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Relations.class) {
                throw new IllegalStateException(type.getSimpleName() + ".relations() must be static and give Relations");
            }
            method.setAccessible(true);
            return (Relations) method.invoke(null);
        } catch (NoSuchMethodException e) {
            return new Relations();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + ".relations()", e);
        }
    }

    /** Every derived setting has a derivation, and every derivation a derived setting. */
    private void checkDerivations() {
        List<String> declared = settings().stream().filter(e -> e.fallback() instanceof Fallback.Derived)
                .map(Entry::key).toList();
        if (!relations.derived().keySet().equals(new HashSet<>(declared))) {
            throw new IllegalStateException(type.getSimpleName() + ": derived settings " + declared
                    + " but relations derive " + relations.derived().keySet());
        }
    }
}
