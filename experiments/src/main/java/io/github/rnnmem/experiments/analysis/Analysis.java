package io.github.rnnmem.experiments.analysis;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.util.List;

/**
 * One analysis of a trained unit, writing one JSON file in the unit's directory.
 *
 * <p>An analysis reads only its own settings: a record of settings ({@code S}) that it takes from
 * the experiment's {@code analysis} section ({@link #settings}). The analysis stage calls {@link
 * #compute} for every trained unit whose file is missing or was computed from other weights
 * ({@link TrainingStamp}) or other settings; it writes the file with those two stamps ({@link
 * ResultFile}), the settings as their canonical JSON object, which is also the cache key: a
 * setting added to the record changes the key by itself. The report calls {@link #draw} with the
 * run's files, and {@link #headlines} for the numbers it compares over seeds and settings. Adding
 * an analysis is adding an implementation and binding it with the others; no runner, report or
 * other analysis changes.
 *
 * @param <S> the record of the settings the analysis reads
 */
public interface Analysis<S extends Record> {

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
     * The settings the result depends on: the analysis's part of the experiment's analysis
     * section. A change re-runs the analysis.
     *
     * @param config the experiment's analysis settings
     * @return the settings this analysis reads, and only those
     */
    S settings(AnalysisConfig config);

    /**
     * Whether the analysis has anything to measure on a unit, such as an analysis of planted cues
     * on a unit trained on text without them. The analysis stage computes it only where it
     * applies; elsewhere it writes no file.
     *
     * @param unit the trained unit
     * @return true unless the unit lacks what the analysis measures
     */
    default boolean appliesTo(TrainedUnit unit) {
        return true;
    }

    /**
     * Computes the analysis of one unit.
     *
     * @param unit the trained unit
     * @param settings the analysis's settings
     * @param progress where long work shows its progress
     * @return the result's fields, written after the stamps
     */
    JsonObject compute(TrainedUnit unit, S settings, ProgressReporter progress);

    /**
     * Draws the analysis's part of the report from the run's files: figures and sections. Units
     * without the analysis's file are left out; an analysis with nothing to show draws nothing.
     *
     * @param run the run's files
     * @param canvas where to draw
     * @throws IOException if a figure cannot be written
     */
    default void draw(RunFiles run, ReportCanvas canvas) throws IOException {}

    /**
     * The analysis's headline numbers for one unit, from its file, which the report compares over
     * seeds and settings.
     *
     * @param unit the unit's files
     * @return the numbers, in a fixed order; none when the unit has no file or the analysis has no
     *     single number to compare
     */
    default List<Headline> headlines(UnitFiles unit) {
        return List.of();
    }
}
