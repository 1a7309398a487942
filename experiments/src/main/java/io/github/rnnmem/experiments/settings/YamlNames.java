package io.github.rnnmem.experiments.settings;

import java.util.Locale;

/** How settings' values are written in an experiment file, for results that name them. */
public final class YamlNames {

    private YamlNames() {}

    /**
     * The name of an enum value in YAML.
     *
     * @param value the value, such as {@code GradientNorm.L2_SQUARED}
     * @return its name in lower case, underscores turned into hyphens, such as {@code l2-squared}
     */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
