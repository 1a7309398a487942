package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.EnumRule;

/** How settings' values are written in an experiment file, for results that name them. */
public final class YamlNames {

    private YamlNames() {}

    /**
     * The name of an enum value in YAML.
     *
     * @param value the value, such as {@link GradientNorm#L2_SQUARED}
     * @return its YAML name, such as {@code l2-squared}
     */
    public static String of(Enum<?> value) {
        return EnumRule.yamlName(value);
    }
}
