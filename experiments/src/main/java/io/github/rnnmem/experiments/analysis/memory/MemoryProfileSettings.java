package io.github.rnnmem.experiments.analysis.memory;

import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.config.MemoryProfileConfig;

/**
 * What a memory profile depends on: its own section, how connectivity is computed (but not the
 * text the connectivity figure shows), and how many known characters are told apart.
 *
 * @param memoryProfile how many sequences and how far ({@code analysis.memory_profile})
 * @param wrt what connectivity differentiates with respect to ({@code analysis.connectivity.wrt})
 * @param norm how a gradient vector becomes a number ({@code analysis.connectivity.norm})
 * @param target which score is differentiated ({@code analysis.connectivity.target})
 * @param maxChars the most known characters told apart ({@code analysis.known_chars.max_chars})
 */
public record MemoryProfileSettings(
        MemoryProfileConfig memoryProfile, GradientInput wrt, GradientNorm norm, ConnectivityScore target, int maxChars) {}
