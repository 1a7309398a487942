package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.experiments.settings.Relations;
import io.github.rnnmem.experiments.settings.Setting;

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
 * @param hyperparameters the unit's settings, resolved against its provider's specification
 */
public record UnitConfig(
        @Setting(value = "the recurrent unit, by the name its provider registers", format = ValueFormats.UnitName.class)
        String unit,
        @Setting(value = "names this unit's results; unique within the experiment",
                derived = "the unit name; repeated units without a label get name-2, name-3, ...",
                format = ValueFormats.Name.class)
        String label,
        @Setting(value = "stacked layers of the unit", range = "[1, 64]", fallback = "1") int layers,
        Hyperparameters hyperparameters) {

    /**
     * Checks the values against their declarations. Whether the unit is registered, and whether
     * the hyperparameters are those of its provider, only the loader can tell.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public UnitConfig {
        ConfigSchema.verify(UnitConfig.class, unit, label, layers, hyperparameters);
    }

    /**
     * The width of each layer's hidden output.
     *
     * @return the {@code hidden} hyperparameter
     */
    public int hidden() {
        return hyperparameters.hidden();
    }

    /** A label defaults to the unit's name (the list numbers repeats). */
    static Relations relations() {
        return new Relations().derive("label", values -> values.get("unit"));
    }
}
