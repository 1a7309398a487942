package io.github.rnnmem.experiments.analysis.ablation;

import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.ContextAblationConfig;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;

/**
 * What context ablation depends on: its own section and how connectivity is computed (but not the
 * text the connectivity figure shows).
 *
 * @param contextAblation the windows, positions and tolerances ({@code analysis.context_ablation})
 * @param wrt what connectivity differentiates with respect to ({@code analysis.connectivity.wrt})
 * @param norm how a gradient vector becomes a number ({@code analysis.connectivity.norm})
 * @param target which score is differentiated ({@code analysis.connectivity.target})
 */
public record ContextAblationSettings(
        ContextAblationConfig contextAblation, GradientInput wrt, GradientNorm norm, ConnectivityScore target) {}
