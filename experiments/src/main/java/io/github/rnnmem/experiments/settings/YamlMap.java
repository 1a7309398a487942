package io.github.rnnmem.experiments.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping with string keys, in the order written; keys are unique.
 *
 * @param members the key-value pairs
 * @param location where the mapping starts
 */
public record YamlMap(List<Member> members, Location location) implements YamlNode {

    /** Copies the members and checks that keys are unique. */
    public YamlMap {
        members = List.copyOf(members);
        Objects.requireNonNull(location, "location");
        if (members.stream().map(Member::key).distinct().count() != members.size()) {
            throw new IllegalArgumentException("duplicate key in " + members);
        }
    }

    /**
     * One key and its value.
     *
     * @param key the key
     * @param keyLocation where the key is written
     * @param value the value
     */
    public record Member(String key, Location keyLocation, YamlNode value) {

        /** Checks the parts. */
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A mapping without members, standing for an absent one.
     *
     * @param location where the absent mapping belongs
     * @return the empty mapping
     */
    public static YamlMap empty(Location location) {
        return new YamlMap(List.of(), location);
    }

    /**
     * Looks a key up.
     *
     * @param key the key
     * @return its value, or empty when the key is absent
     */
    public Optional<YamlNode> get(String key) {
        return members.stream().filter(m -> m.key().equals(key)).map(Member::value).findFirst();
    }

    /**
     * This mapping with a key set: an existing key keeps its place and location, a new key is
     * appended.
     *
     * @param key the key
     * @param keyLocation where a new key counts as written
     * @param value the value
     * @return the new mapping
     */
    public YamlMap with(String key, Location keyLocation, YamlNode value) {
        List<Member> copy = new ArrayList<>(members);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).key().equals(key)) {
                copy.set(i, new Member(key, copy.get(i).keyLocation(), value));
                return new YamlMap(copy, location);
            }
        }
        copy.add(new Member(key, keyLocation, value));
        return new YamlMap(copy, location);
    }

    /**
     * This mapping without a key.
     *
     * @param key the key to drop, possibly absent
     * @return the new mapping
     */
    public YamlMap without(String key) {
        return new YamlMap(members.stream().filter(m -> !m.key().equals(key)).toList(), location);
    }

    @Override
    public Object raw() {
        Map<String, Object> values = new LinkedHashMap<>();
        members.forEach(m -> values.put(m.key(), m.value().raw()));
        return values;
    }

    @Override
    public String found() {
        return "a mapping";
    }
}
