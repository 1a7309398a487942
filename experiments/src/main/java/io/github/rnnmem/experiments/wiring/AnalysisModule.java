package io.github.rnnmem.experiments.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.DatasetAnalysis;
import io.github.rnnmem.experiments.analysis.ablation.ContextAblationAnalysis;
import io.github.rnnmem.experiments.analysis.connectivity.ConnectivityAnalysis;
import io.github.rnnmem.experiments.analysis.knownchars.KnownCharsAnalysis;
import io.github.rnnmem.experiments.analysis.knownchars.PrefixBaselineAnalysis;
import io.github.rnnmem.experiments.analysis.memory.MemoryProfileAnalysis;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanAnalysis;
import io.github.rnnmem.experiments.analysis.suggestions.SuggestionsAnalysis;

/**
 * The analyses a run computes on every trained unit, in the order they run, and the dataset
 * analyses it computes once. A new analysis is bound here; nothing else of the run changes.
 */
public final class AnalysisModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Analysis<?>> analyses = Multibinder.newSetBinder(binder(), new TypeLiteral<Analysis<?>>() {});
        analyses.addBinding().to(SuggestionsAnalysis.class);
        analyses.addBinding().to(ConnectivityAnalysis.class);
        analyses.addBinding().to(KnownCharsAnalysis.class);
        analyses.addBinding().to(MemoryProfileAnalysis.class);
        analyses.addBinding().to(MemorySpanAnalysis.class);
        analyses.addBinding().to(ContextAblationAnalysis.class);
        Multibinder<DatasetAnalysis<?>> datasetAnalyses =
                Multibinder.newSetBinder(binder(), new TypeLiteral<DatasetAnalysis<?>>() {});
        datasetAnalyses.addBinding().to(PrefixBaselineAnalysis.class);
    }
}
