package io.github.rnnmem.experiments.config.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File or directory paths.
 *
 * @param relativeToSource whether a relative path read from YAML resolves against the directory of
 *     its source (the YAML file's directory, or the working directory for a command-line
 *     override); otherwise it stays as written, relative to the working directory at run time
 */
public record PathRule(boolean relativeToSource) implements Rule<Path> {

    @Override
    public Optional<Path> accept(Object value) {
        if (value instanceof Path path) {
            return Optional.of(path);
        }
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> acceptYaml(Object raw, Source source) {
        return relativeToSource
                ? accept(raw).map(path -> source.baseDirectory().resolve(path).normalize())
                : accept(raw);
    }

    @Override
    public String expected() {
        return "a file or directory path";
    }

    @Override
    public String type() {
        return "path";
    }

    @Override
    public String range() {
        return relativeToSource
                ? "relative to the YAML file's directory (to the working directory for --corpus and --set)"
                : "relative to the working directory";
    }

    @Override
    public Object plain(Path value) {
        return value.toString();
    }
}
