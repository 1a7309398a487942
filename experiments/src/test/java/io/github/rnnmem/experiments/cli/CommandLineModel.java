package io.github.rnnmem.experiments.cli;

import com.google.inject.Guice;
import io.github.rnnmem.experiments.wiring.CommandLineModule;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.PluginDirectories;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command tree as {@link Main} builds it, for tests that read its declarations or add a
 * command of their own; nothing it prints is kept.
 */
final class CommandLineModel {

    private CommandLineModel() {}

    static CommandLine build() {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Console console = new Console(discard, discard);
        var injector = Guice.createInjector(new CommandLineModule(console, Map.of()));
        injector.getInstance(PluginDirectories.class).set(List.of());
        return CommandTree.build(injector, console);
    }
}
