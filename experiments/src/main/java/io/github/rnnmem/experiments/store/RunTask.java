package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.config.GridSetting;
import java.util.Objects;

/**
 * One unit of work of a run: a unit, with one setting of the experiment's grid, trained with one
 * seed, tested and analysed, in a directory of its own. Its directory follows from the label, the
 * setting and the seed alone, never from a place in a list.
 *
 * @param directory the unit's directory inside the run, such as {@code gru} or {@code
 *     gru/hidden=128,learning_rate=0.001/seed-1}, with {@code /} between names
 * @param label the unit's label
 * @param unit the unit's name
 * @param position the unit's place in the experiment's list of units, from 0
 * @param setting what the grid sets for the unit; {@link GridSetting#NONE} outside a grid
 * @param seed the training seed
 * @param doneKey what finishing the task means, as its {@link DoneMarker} records it
 */
public record RunTask(String directory, String label, String unit, int position, GridSetting setting, int seed,
        String doneKey) {

    /** Checks the parts. */
    public RunTask {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(doneKey, "doneKey");
    }

    /**
     * The label and setting: what the seeds of a unit with one setting share.
     *
     * @return for instance {@code gru} or {@code gru hidden=128 learning_rate=0.001}
     */
    public String model() {
        return setting.isEmpty() ? label : label + " " + setting.label();
    }

    /**
     * The task as messages name it.
     *
     * @param severalSeeds whether the run trains several seeds
     * @return the {@link #model()}, followed by {@code seed N} when there are several seeds
     */
    public String name(boolean severalSeeds) {
        return severalSeeds ? model() + " seed " + seed : model();
    }
}
