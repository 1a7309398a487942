package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.Hyperparameter;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.DiscoveredUnit;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rnnmem units}: every discovered unit, where it came from, and its hyperparameters. */
@Command(
        name = "units",
        header = "list the recurrent units found, with their hyperparameters",
        description = "Lists every unit found (module path, class path, plugin directories), where it was loaded"
                + " from, and its hyperparameters: key, type, range, default, meaning.",
        footer = {"  rnnmem units", "  rnnmem --plugin-path my-units/ units"})
final class UnitsCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Console console;

    @Inject
    UnitsCommand(Provider<UnitRegistry> units, Console console) {
        this.units = units;
        this.console = console;
    }

    @Override
    public Integer call() {
        UnitRegistry registry = units.get();
        console.out().println(registry.units().size() + " units found");
        for (DiscoveredUnit unit : registry.units()) {
            RecurrentUnitProvider provider = unit.provider();
            console.out().println();
            console.out().println(provider.name() + ": " + provider.description());
            console.out().println("  loaded from " + unit.origin());
            TextTable table = new TextTable("key", "type", "range", "default", "meaning");
            for (Hyperparameter entry : provider.hyperparameters().entries()) {
                table.row(
                        entry.key(),
                        entry.domain().type(),
                        entry.domain().range(),
                        entry.required() ? "required" : String.valueOf(entry.defaultValue()),
                        entry.description());
            }
            console.out().print(table.render(2));
        }
        if (!registry.failures().isEmpty()) {
            console.err().println("rnnmem: " + UnitRegistry.plugins(registry.failures().size()) + " not loaded (see the warnings)");
            return Main.BAD_INPUT;
        }
        return 0;
    }
}
