package io.github.rnnmem.experiments.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the settings of one record depend on each other: defaults derived from other settings, and
 * rules over several settings. A record declares them in one method, {@code static Relations
 * relations()}, found by {@link RecordSettings}.
 */
public final class Relations {

    private final Map<String, Function<Values, Object>> derived = new LinkedHashMap<>();
    private final List<Function<Values, List<Violation>>> rules = new ArrayList<>();

    /** Starts without relations. */
    public Relations() {}

    /**
     * Derives the default of a setting declared with {@link Setting#derived()}.
     *
     * @param key the setting
     * @param rule gives its value from the other values, or null to leave it absent
     * @return these relations
     */
    public Relations derive(String key, Function<Values, Object> rule) {
        if (derived.putIfAbsent(key, Objects.requireNonNull(rule, "rule")) != null) {
            throw new IllegalArgumentException(key + " is derived twice");
        }
        return this;
    }

    /**
     * Adds a rule over several settings, checked once each setting is valid on its own.
     *
     * @param rule finds what is wrong; an empty list when all is well
     * @return these relations
     */
    public Relations check(Function<Values, List<Violation>> rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    Map<String, Function<Values, Object>> derived() {
        return derived;
    }

    List<Violation> violations(Values values) {
        List<Violation> violations = new ArrayList<>();
        rules.forEach(rule -> violations.addAll(rule.apply(values)));
        return violations;
    }
}
