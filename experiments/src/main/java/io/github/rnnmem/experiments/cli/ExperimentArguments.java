package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ConfigOverride;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments every experiment command shares: the experiment file, {@code --set path=value}
 * overrides and the {@code --corpus PATH} shortcut.
 */
final class ExperimentArguments {

    /** The valued options these commands accept. */
    static final Set<String> OPTIONS = Set.of("--set", "--corpus");

    /** The synopsis of these options. */
    static final String SYNOPSIS = "FILE [--set PATH=VALUE]... [--corpus PATH]";

    private ExperimentArguments() {}

    /**
     * Loads the experiment the arguments name.
     *
     * @param command the command, for messages
     * @param line the parsed arguments
     * @param units the unit registry
     * @return the validated experiment
     */
    static ExperimentConfig load(String command, CommandLine line, UnitRegistry units) {
        Path file = Path.of(line.single(command, "experiment FILE"));
        List<ConfigOverride> overrides = new ArrayList<>();
        line.values("--set").forEach(value -> overrides.add(ConfigOverride.set(value)));
        line.value("--corpus").ifPresent(path -> overrides.add(ConfigOverride.corpus(path)));
        return new ConfigLoader(units, Path.of("").toAbsolutePath()).load(file, overrides);
    }
}
