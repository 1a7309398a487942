package io.github.rnnmem.experiments.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.progress.ConsoleProgress;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.stop.StopRequests;
import io.github.rnnmem.experiments.stop.TerminationSignal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every command may need: the console, the environment, the clock, progress reporting and
 * the unit registry (built once, when first asked for, from the {@link PluginDirectories} given on
 * the command line and those in {@value UnitRegistry#PLUGIN_PATH_ENV}).
 */
public final class CommandLineModule extends AbstractModule {

    private final Console console;
    private final Map<String, String> environment;
    private final PluginDirectories pluginDirectories = new PluginDirectories();

    /**
     * Creates the module.
     *
     * @param console where to print
     * @param environment the process environment
     */
    public CommandLineModule(Console console, Map<String, String> environment) {
        this.console = console;
        this.environment = Map.copyOf(environment);
    }

    @Override
    protected void configure() {
        bind(Console.class).toInstance(console);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(PluginDirectories.class).toInstance(pluginDirectories);
        install(new AnalysisModule());
    }

    @Provides
    @Singleton
    Environment environment() {
        return new Environment(environment);
    }

    /** SIGTERM stops training at its next batch boundary, once a command asks for stop requests. */
    @Provides
    @Singleton
    StopRequests stopRequests() {
        return TerminationSignal.install(console.err());
    }

    @Provides
    @Singleton
    ProgressReporter progress() {
        return ConsoleProgress.forStandardOutput();
    }

    /**
     * The units, found once. A plugin that did not load is a warning here, naming it and why: it
     * is fatal only where its unit is asked for (an experiment naming it is refused with the
     * reason), and {@code rnnmem units} exits with status 2.
     */
    @Provides
    @Singleton
    UnitRegistry units() {
        List<Path> directories = new ArrayList<>(pluginDirectories.get());
        directories.addAll(UnitRegistry.pluginPath(environment.get(UnitRegistry.PLUGIN_PATH_ENV)));
        UnitRegistry units = UnitRegistry.discover(directories);
        units.failures().forEach(failure -> console.warn("plugin not loaded: " + failure.describe()));
        return units;
    }
}
