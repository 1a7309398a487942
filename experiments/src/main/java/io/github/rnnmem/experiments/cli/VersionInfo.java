package io.github.rnnmem.experiments.cli;

import ai.djl.engine.Engine;
import io.github.rnnmem.experiments.run.Provenance;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the versions of rnnmem, DJL and Java, and the engines DJL finds
 * (named only: loading an engine's native library to ask its version takes seconds).
 */
final class VersionInfo implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Set<String> engines = new TreeSet<>(Engine.getAllEngines());
        return new String[] {
            CommandTree.PROGRAM + " " + Provenance.rnnmemVersion(),
            "DJL " + Engine.getDjlVersion() + ", engines found: " + (engines.isEmpty() ? "none" : String.join(", ", engines)),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }
}
