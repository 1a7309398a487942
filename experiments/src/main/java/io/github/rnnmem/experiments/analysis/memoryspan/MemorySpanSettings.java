package io.github.rnnmem.experiments.analysis.memoryspan;

import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.config.MemorySpanConfig;

/**
 * What the memory span depends on besides the unit and its corpus: its own section and how
 * connectivity is computed (but not the text the connectivity figure shows).
 *
 * @param memorySpan buckets, top-k, level and sequences ({@code analysis.memory_span})
 * @param wrt what connectivity differentiates with respect to ({@code analysis.connectivity.wrt})
 * @param norm how a gradient vector becomes a number ({@code analysis.connectivity.norm})
 * @param target which score is differentiated ({@code analysis.connectivity.target})
 */
public record MemorySpanSettings(
        MemorySpanConfig memorySpan, GradientInput wrt, GradientNorm norm, ConnectivityScore target) {}
