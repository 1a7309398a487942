package io.github.rnnmem.experiments.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration paths such as {@code training.epochs} or {@code units[1].hidden}: building them,
 * parsing them, and following them through a YAML tree.
 */
public final class ConfigPaths {

    private static final String KEY = "[A-Za-z0-9_-]+";
    private static final String SEGMENT = KEY + "(\\[[0-9]{1,9}\\])*";
    private static final Pattern PATH = Pattern.compile(SEGMENT + "(\\." + SEGMENT + ")*");
    private static final Pattern STEP = Pattern.compile("(" + KEY + ")|\\[([0-9]+)\\]");

    private ConfigPaths() {}

    /** One step of a path: a mapping key or a list index. */
    public sealed interface Step permits Key, Index {}

    /**
     * A step into a mapping.
     *
     * @param name the key
     */
    public record Key(String name) implements Step {}

    /**
     * A step into a list.
     *
     * @param index the index, from 0
     */
    public record Index(int index) implements Step {}

    /**
     * The path of a key inside a mapping.
     *
     * @param parent the mapping's path, empty for the top level
     * @param key the key
     * @return for instance {@code training.epochs}
     */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * The path of an item of a list.
     *
     * @param parent the list's path
     * @param index the index
     * @return for instance {@code units[1]}
     */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Parses a path.
     *
     * @param text keys separated by dots, each followed by any number of {@code [index]}
     * @return the steps, or empty when the text is not a path
     */
    public static Optional<List<Step>> parse(String text) {
        if (!PATH.matcher(text).matches()) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(text);
        while (matcher.find()) {
            steps.add(matcher.group(1) != null
                    ? new Key(matcher.group(1))
                    : new Index(Integer.parseInt(matcher.group(2))));
        }
        return Optional.of(steps);
    }

    /**
     * Follows a path as far as the tree allows.
     *
     * @param root where the path starts
     * @param steps the path
     * @return the node at the end of the path, or the deepest node on the way when the path leaves
     *     the tree
     */
    public static YamlNode nearest(YamlNode root, List<Step> steps) {
        YamlNode node = root;
        for (Step step : steps) {
            Optional<YamlNode> next = next(node, step);
            if (next.isEmpty()) {
                return node;
            }
            node = next.get();
        }
        return node;
    }

    /**
     * Follows a path to its end.
     *
     * @param root where the path starts
     * @param steps the path
     * @return the node at the end, or empty when the path leaves the tree
     */
    public static Optional<YamlNode> find(YamlNode root, List<Step> steps) {
        Optional<YamlNode> node = Optional.of(root);
        for (Step step : steps) {
            node = node.flatMap(n -> next(n, step));
        }
        return node;
    }

    /**
     * Replaces the value at the end of a path, creating missing mapping keys (and the mappings that
     * hold them) on the way. An empty value counts as an empty mapping. A step into a list must
     * name an existing item.
     *
     * @param root the tree
     * @param steps the path, not empty
     * @param value the new value
     * @param origin where created keys and mappings count as written
     * @param binding where a path that cannot be followed is reported, at {@code origin}
     * @return the new tree, or empty when the path cannot be followed
     */
    public static Optional<YamlNode> set(
            YamlNode root, List<Step> steps, YamlNode value, Location origin, Binding binding) {
        return set(root, steps, 0, "", value, origin, binding);
    }

    private static Optional<YamlNode> set(
            YamlNode node,
            List<Step> steps,
            int depth,
            String path,
            YamlNode value,
            Location origin,
            Binding binding) {
        if (depth == steps.size()) {
            return Optional.of(value);
        }
        Step step = steps.get(depth);
        if (step instanceof Key key) {
            YamlMap map;
            if (node == null || node instanceof YamlScalar scalar && scalar.isNull()) {
                map = YamlMap.empty(origin);
            } else if (node instanceof YamlMap existing) {
                map = existing;
            } else {
                binding.report(origin, path, Binding.rule("a mapping", node.found()));
                return Optional.empty();
            }
            String childPath = child(path, key.name());
            return set(map.get(key.name()).orElse(null), steps, depth + 1, childPath, value, origin, binding)
                    .map(child -> map.with(key.name(), origin, child));
        }
        int index = ((Index) step).index();
        if (!(node instanceof YamlList list)) {
            binding.report(origin, path, Binding.rule("a list", node == null ? "nothing" : node.found()));
            return Optional.empty();
        }
        if (index >= list.items().size()) {
            String expected =
                    list.items().isEmpty()
                            ? "an existing item, but the list is empty"
                            : "an index in [0, " + (list.items().size() - 1) + "]";
            binding.report(origin, item(path, index), Binding.rule(expected, String.valueOf(index)));
            return Optional.empty();
        }
        return set(list.items().get(index), steps, depth + 1, item(path, index), value, origin, binding)
                .map(child -> list.with(index, child));
    }

    private static Optional<YamlNode> next(YamlNode node, Step step) {
        if (step instanceof Key key) {
            return node instanceof YamlMap map ? map.get(key.name()) : Optional.empty();
        }
        int index = ((Index) step).index();
        return node instanceof YamlList list && index < list.items().size()
                ? Optional.of(list.items().get(index))
                : Optional.empty();
    }
}
