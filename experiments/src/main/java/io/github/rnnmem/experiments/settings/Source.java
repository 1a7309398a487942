package io.github.rnnmem.experiments.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where configuration text comes from: the experiment file or one command-line override.
 *
 * @param name how messages name it: the file as given, or the override such as {@code --set
 *     training.epochs}
 * @param baseDirectory the directory relative paths written in it resolve against
 * @param isFile whether it is a file, whose messages then carry line numbers
 * @param order the rank of the source in reading order: the file first, then each override
 */
public record Source(String name, Path baseDirectory, boolean isFile, int order) {

    /** Checks the parts. */
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }

    /**
     * The experiment file; relative paths in it resolve against its directory.
     *
     * @param name the file as the user named it
     * @param directory the absolute directory holding the file
     * @return the source, first in reading order
     */
    public static Source file(String name, Path directory) {
        return new Source(name, directory, true, 0);
    }

    /**
     * A command-line argument; relative paths in it resolve against the working directory.
     *
     * @param name how messages name it, such as {@code --set training.epochs}
     * @param workingDirectory the working directory
     * @param order the rank of the argument among the overrides, from 1
     * @return the source
     */
    public static Source argument(String name, Path workingDirectory, int order) {
        return new Source(name, workingDirectory, false, order);
    }
}
