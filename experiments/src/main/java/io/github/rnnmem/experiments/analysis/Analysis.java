package io.github.rnnmem.experiments.analysis;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/**
 * One analysis of a trained unit, writing one JSON file in the unit's directory.
 *
 * <p>The analysis stage calls {@link #compute} for every trained unit whose file is missing or
 * was computed from other weights ({@link TrainingStamp}) or other {@link #settings}; it writes the
 * file with those two stamps ({@link ResultFile}). Adding an analysis is adding an implementation
 * and binding it with the others; no runner or other analysis changes.
 */
public interface Analysis {

    /**
     * The analysis's name, used in messages and as the {@code analysis} field of its file.
     *
     * @return a name such as {@code connectivity}
     */
    String name();

    /**
     * The file the analysis writes in a unit's directory.
     *
     * @return a file name such as {@code connectivity.json}
     */
    default String fileName() {
        return name().replace('-', '_') + ".json";
    }

    /**
     * The settings the result depends on, as text: equal text, equal settings. A change re-runs
     * the analysis.
     *
     * @param config the experiment's analysis settings
     * @return the canonical text of the settings this analysis reads
     */
    String settings(AnalysisConfig config);

    /**
     * Computes the analysis of one unit.
     *
     * @param unit the trained unit
     * @param config the experiment's analysis settings
     * @param progress where long work shows its progress
     * @return the result's fields, written after the stamps
     */
    JsonObject compute(TrainedUnit unit, AnalysisConfig config, ProgressReporter progress);
}
