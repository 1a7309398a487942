package io.github.rnnmem.experiments.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A YAML sequence.
 *
 * @param items the values, in order
 * @param location where the sequence starts
 */
public record YamlList(List<YamlNode> items, Location location) implements YamlNode {

    /** Copies the items. */
    public YamlList {
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location");
    }

    /**
     * This list with one item replaced.
     *
     * @param index the index of an existing item
     * @param item the new value
     * @return the new list
     */
    public YamlList with(int index, YamlNode item) {
        List<YamlNode> copy = new ArrayList<>(items);
        copy.set(index, item);
        return new YamlList(copy, location);
    }

    @Override
    public Object raw() {
        List<Object> values = new ArrayList<>();
        items.forEach(item -> values.add(item.raw()));
        return values;
    }

    @Override
    public String found() {
        return items.stream().map(YamlNode::found).collect(Collectors.joining(", ", "[", "]"));
    }
}
