package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Values;
import io.github.rnnmem.experiments.config.SchemaRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule table of one configuration mapping: its entries in schema order and the rules that tie
 * them together. The same table checks a record's constructor arguments ({@link #verify}) and binds
 * a YAML mapping ({@link #bind}), so both ways of making a record apply the same rules.
 */
public final class Table {

    private final List<Entry<?>> entries;
    private final List<CrossRule> crossRules;

    /**
     * Creates a table.
     *
     * @param entries the keys, in schema order
     * @param crossRules rules over several keys, checked once every key is valid on its own
     */
    public Table(List<Entry<?>> entries, List<CrossRule> crossRules) {
        this.entries = List.copyOf(entries);
        this.crossRules = List.copyOf(crossRules);
    }

    /**
     * The entries, in schema order.
     *
     * @return the entries
     */
    public List<Entry<?>> entries() {
        return entries;
    }

    /**
     * The keys, in schema order.
     *
     * @return the keys
     */
    public List<String> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    /**
     * Checks the values given to a record's constructor: each value against its entry, absent
     * values against their fallback (only a derived default that yields nothing may be absent),
     * then the cross rules.
     *
     * @param path the mapping's configuration path, for messages
     * @param given the values
     * @throws IllegalArgumentException listing every problem, separated by semicolons
     */
    public void verify(String path, Fields given) {
        List<String> problems = new ArrayList<>();
        for (Entry<?> entry : entries) {
            Object value = given.value(entry.key());
            String where = ConfigPaths.child(path, entry.key());
            if (value == null && mustBeGiven(entry, given)) {
                problems.add(where + ": " + Binding.rule(entry.expected() + " (required)", "nothing"));
            } else if (value != null && entry.accept(value).isEmpty()) {
                problems.add(where + ": " + Binding.rule(entry.expected(), Values.render(value)));
            }
        }
        if (problems.isEmpty()) {
            for (CrossRule rule : crossRules) {
                for (Violation violation : rule.check(given)) {
                    problems.add(ConfigPaths.child(path, violation.path())
                            + ": "
                            + Binding.rule(violation.expected(), Values.render(violation.found())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Binds the keys of a YAML mapping (unknown keys are the caller's concern): binds each present
     * value, applies the fallback of each absent one, then checks the cross rules. Every problem is
     * reported with its location.
     *
     * @param map the mapping
     * @param path its configuration path
     * @param binding where problems are reported
     * @return the values, with defaults filled in; empty when there are problems
     */
    public Optional<Fields> bind(YamlMap map, String path, Binding binding) {
        Fields fields = new Fields();
        List<Entry<?>> pending = new ArrayList<>();
        boolean complete = true;
        for (Entry<?> entry : entries) {
            String where = ConfigPaths.child(path, entry.key());
            Optional<YamlNode> node = map.get(entry.key());
            Fallback<?> fallback = entry.fallback();
            Optional<?> value;
            if (node.isPresent()) {
                value = entry.bind(node.get(), where, binding);
            } else if (fallback instanceof Fallback.Value<?> fixed) {
                value = Optional.of(fixed.value());
            } else if (fallback instanceof Fallback.Defaults) {
                value = entry.bind(YamlMap.empty(map.location()), where, binding);
            } else if (fallback instanceof Fallback.Derived) {
                pending.add(entry);
                continue;
            } else {
                binding.missing(map.location(), where, entry.expected());
                value = Optional.empty();
            }
            value.ifPresent(v -> fields.putValue(entry.key(), v));
            complete &= value.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        for (Entry<?> entry : pending) {
            fields.putValue(entry.key(), ((Fallback.Derived<?>) entry.fallback()).compute().apply(fields));
        }
        boolean valid = true;
        for (CrossRule rule : crossRules) {
            for (Violation violation : rule.check(fields)) {
                report(violation, map, path, binding);
                valid = false;
            }
        }
        return valid ? Optional.of(fields) : Optional.empty();
    }

    /**
     * Writes the present values in schema order.
     *
     * @param fields the values
     * @param out the writer
     */
    public void write(Fields fields, YamlWriter out) {
        for (Entry<?> entry : entries) {
            Object value = fields.value(entry.key());
            if (value != null) {
                writeOne(entry, value, out);
            }
        }
    }

    /**
     * Adds the schema rows of every entry.
     *
     * @param path the mapping's configuration path
     * @param rows where rows are added
     */
    public void describe(String path, List<SchemaRow> rows) {
        entries.forEach(entry -> entry.describe(ConfigPaths.child(path, entry.key()), rows));
    }

    private static boolean mustBeGiven(Entry<?> entry, Fields given) {
        return !(entry.fallback() instanceof Fallback.Derived<?> derived && derived.compute().apply(given) == null);
    }

    private static <T> void writeOne(Entry<T> entry, Object value, YamlWriter out) {
        entry.accept(value).ifPresent(v -> entry.write(v, out));
    }

    private static void report(Violation violation, YamlMap map, String path, Binding binding) {
        List<ConfigPaths.Step> steps =
                ConfigPaths.parse(violation.path())
                        .orElseThrow(() -> new IllegalStateException("not a path: " + violation.path()));
        String found =
                ConfigPaths.find(map, steps).map(YamlNode::found).orElse(Values.render(violation.found()));
        binding.report(
                ConfigPaths.nearest(map, steps).location(),
                ConfigPaths.child(path, violation.path()),
                Binding.rule(violation.expected(), found));
    }
}
