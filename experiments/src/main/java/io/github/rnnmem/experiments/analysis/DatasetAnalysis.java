package io.github.rnnmem.experiments.analysis;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/**
 * An analysis of the dataset alone, once per run, such as a reference curve that every unit is
 * compared with. It writes one JSON file at the top of the run directory, stamped with the
 * dataset's key and its {@link #settings}, and is computed again only when either changes.
 *
 * @param <S> the record of the settings the analysis reads
 */
public interface DatasetAnalysis<S extends Record> {

    /**
     * The analysis's name.
     *
     * @return a name such as {@code prefix-baseline}
     */
    String name();

    /**
     * The file it writes at the top of the run directory.
     *
     * @return a file name
     */
    String fileName();

    /**
     * The settings the result depends on: the analysis's part of the experiment's analysis
     * section.
     *
     * @param config the experiment's analysis settings
     * @return the settings this analysis reads, and only those
     */
    S settings(AnalysisConfig config);

    /**
     * Computes the analysis.
     *
     * @param dataset the dataset
     * @param settings the analysis's settings
     * @param progress where long work shows its progress
     * @return the result's fields
     */
    JsonObject compute(AutocompleteDataset dataset, S settings, ProgressReporter progress);
}
