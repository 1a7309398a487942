package io.github.rnnmem.experiments.settings;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in configuration text.
 *
 * @param source the file or override
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Location(Source source, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> READING_ORDER =
            Comparator.comparingInt((Location l) -> l.source().order())
                    .thenComparingInt(Location::line)
                    .thenComparingInt(Location::column);

    /** Checks the parts. */
    public Location {
        Objects.requireNonNull(source, "source");
    }

    /**
     * The start of a source, where problems about the whole of it are reported.
     *
     * @param source the source
     * @return line 1, column 1
     */
    public static Location start(Source source) {
        return new Location(source, 1, 1);
    }

    /**
     * The place as messages show it.
     *
     * @return {@code file:line} for a file, the override's name for an override
     */
    public String where() {
        return source.isFile() ? source.name() + ":" + line : source.name();
    }

    /**
     * The place with its column, as syntax errors show it.
     *
     * @return {@code file:line:column} for a file, the override's name for an override
     */
    public String whereExactly() {
        return source.isFile() ? where() + ":" + column : source.name();
    }

    /** Orders places as they are read: the file top to bottom, then the overrides in order. */
    @Override
    public int compareTo(Location other) {
        return READING_ORDER.compare(this, other);
    }
}
