package io.github.rnnmem.experiments.wiring;

import java.nio.file.Path;
import java.util.List;

/**
 * The plugin directories given with {@code --plugin-path}. The commands exist before the command
 * line is parsed (the parser is built from them), so the directories are handed over once parsing
 * is done and before any command asks for the unit registry.
 */
public final class PluginDirectories {

    private List<Path> given;

    /**
     * Records the directories the command line named.
     *
     * @param directories the directories, in the order given
     * @throws IllegalStateException when they were already recorded
     */
    public synchronized void set(List<Path> directories) {
        if (given != null) {
            throw new IllegalStateException("the plugin directories were already set to " + given);
        }
        given = List.copyOf(directories);
    }

    /**
     * The directories the command line named.
     *
     * @return the directories, in the order given
     * @throws IllegalStateException when asked for before the command line was parsed
     */
    public synchronized List<Path> get() {
        if (given == null) {
            throw new IllegalStateException("the plugin directories were asked for before the command line was parsed");
        }
        return given;
    }
}
