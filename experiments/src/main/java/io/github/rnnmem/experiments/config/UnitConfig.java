package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.PatternRule;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One unit to train: an item of {@code units} in YAML.
 *
 * <pre>{@code
 * units:
 *   - unit: nested-lstm   # a registered unit name (required)
 *     label: nlstm        # default: the unit name; repeats get nested-lstm-2, nested-lstm-3 ...
 *     layers: 1           # default 1, in [1, 64]
 *     hidden: 600         # every other key is a hyperparameter of the unit,
 *     depth: 2            # checked and completed by the unit's own specification
 * }</pre>
 *
 * <p>The model stacks {@code layers} layers of the unit, each built by the unit's provider from
 * {@code hyperparameters}; the run directory holds the unit's results under {@code label}.
 *
 * @param unit the name of the unit's provider
 * @param label the name of this unit's results, unique within an experiment
 * @param layers how many layers of the unit are stacked
 * @param hyperparameters the unit's settings, resolved against its provider's specification
 */
public record UnitConfig(String unit, String label, int layers, Hyperparameters hyperparameters) {

    static final Setting<String> UNIT = new Setting<>(
            "unit",
            new PatternRule(Pattern.compile("\\S+"), "a unit name, such as gru", "unit name", "see rnnmem units"),
            Fallback.required(),
            "the recurrent unit, by the name its provider registers");
    static final Setting<String> LABEL = new Setting<>(
            "label",
            PatternRule.name(),
            Fallback.derived(
                    "the unit name; repeated units without a label get name-2, name-3, ...",
                    fields -> fields.get(UNIT)),
            "names this unit's results; unique within the experiment");
    static final Setting<Integer> LAYERS = new Setting<>(
            "layers", IntegerRule.between(1, 64), Fallback.value(1), "stacked layers of the unit");

    /** The keys of a unit item other than the unit's hyperparameters. */
    static final Table TABLE = new Table(List.of(UNIT, LABEL, LAYERS), List.of());

    /**
     * Checks the values against the same rules as a unit item of a YAML file. Whether the unit is
     * registered, and whether the hyperparameters are those of its provider, only the loader can
     * tell.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public UnitConfig {
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        TABLE.verify("units[]", fields(unit, label, layers));
    }

    /**
     * The width of each layer's hidden output.
     *
     * @return the {@code hidden} hyperparameter
     */
    public int hidden() {
        return hyperparameters.hidden();
    }

    /**
     * The values of the keys of {@link #TABLE}.
     *
     * @return unit, label and layers
     */
    Fields fields() {
        return fields(unit, label, layers);
    }

    private static Fields fields(String unit, String label, int layers) {
        return new Fields().put(UNIT, unit).put(LABEL, label).put(LAYERS, layers);
    }
}
