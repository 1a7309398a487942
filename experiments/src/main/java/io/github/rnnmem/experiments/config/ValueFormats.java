package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.settings.PlainFormat;
import io.github.rnnmem.experiments.settings.ValueFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats of the experiment's settings whose Java type does not decide how they are written. */
final class ValueFormats {

    /** How a corpus path is described when it is missing. */
    static final String PATH_EXPECTED = "a file or directory path";

    private static final String NAME = "[a-z0-9][a-z0-9._-]*";
    /** A path: any text with a visible character and without NUL. */
    private static final Pattern PATH = Pattern.compile("(?s)(?=.*\\S)[^\\x00]+");

    private ValueFormats() {}

    /** Names of experiments and unit labels: {@code [a-z0-9][a-z0-9._-]*}. */
    static final class Name extends PlainFormat<String> {
        Name() {
            super(String.class, new Domain.Text(Pattern.compile(NAME), "a name matching " + NAME, "name", NAME));
        }
    }

    /** The name a unit's provider registers; whether one does, only the registry can tell. */
    static final class UnitName extends PlainFormat<String> {
        UnitName() {
            super(String.class,
                    new Domain.Text(Pattern.compile("\\S+"), "a unit name, such as gru", "unit name", "see rnnmem units"));
        }
    }

    /** A text of a-z words, each after one space, as the autocomplete task sees text. */
    static final class Words extends PlainFormat<String> {
        Words() {
            super(String.class, new Domain.Text(Pattern.compile("( [a-z]+)+"),
                    "words of a-z, each after a single space (so the text starts with a space)", "text",
                    "words of a-z, each after one space"));
        }
    }

    /** A path that, written in the experiment file, is relative to the file's directory. */
    static final class PathFromFile extends Paths {
        PathFromFile() {
            super("relative to the YAML file's directory (to the working directory for --corpus and --set)", true);
        }
    }

    /** A path relative to the working directory at run time, wherever it is written. */
    static final class PathFromWorkingDirectory extends Paths {
        PathFromWorkingDirectory() {
            super("relative to the working directory", false);
        }
    }

    /** Absolute {@code http}, {@code https} or {@code file} URLs with a path. */
    static final class Url extends ValueFormat<URI> {

        Url() {
            super(URI.class, new Domain.Text(Pattern.compile("(?i)(https?|file):.*"), "an http, https or file URL",
                    "url", "http | https | file"));
        }

        @Override
        protected Optional<URI> decode(Object canonical, Path baseDirectory) {
            try {
                URI uri = new URI((String) canonical);
                return uri.getPath() == null || uri.getPath().isEmpty() ? Optional.empty() : Optional.of(uri);
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        @Override
        protected Object encode(URI value) {
            return value.toString();
        }
    }

    /** {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}. */
    static final class Device extends ValueFormat<DeviceChoice> {

        Device() {
            super(DeviceChoice.class, new Domain.Text(Pattern.compile("auto|cpu|gpu(?::[0-9]{1,9})?"),
                    DeviceChoice.EXPECTED, "device", "auto | cpu | gpu | gpu:N"));
        }

        @Override
        protected Optional<DeviceChoice> decode(Object canonical, Path baseDirectory) {
            return DeviceChoice.parse((String) canonical);
        }

        @Override
        protected Object encode(DeviceChoice value) {
            return value.toString();
        }
    }

    /** Three fractions for training, validation and test. */
    static final class Split extends ValueFormat<DataSplit> {

        Split() {
            super(DataSplit.class, new Domain.Narrowed(new Domain.ListOf(new Domain.RealRange(0, 1), 3, 3, false),
                    fractions -> DataSplit.isValid(fraction(fractions, 0), fraction(fractions, 1), fraction(fractions, 2)),
                    DataSplit.EXPECTED, "list of 3 numbers", "each in [0, 1], sum 1, train > 0, test > 0"));
        }

        @Override
        protected Optional<DataSplit> decode(Object canonical, Path baseDirectory) {
            return Optional.of(new DataSplit(fraction(canonical, 0), fraction(canonical, 1), fraction(canonical, 2)));
        }

        @Override
        protected Object encode(DataSplit value) {
            return value.asList();
        }

        private static double fraction(Object fractions, int index) {
            return (Double) ((List<?>) fractions).get(index);
        }
    }

    /** File or directory paths. */
    private abstract static class Paths extends ValueFormat<Path> {

        private final boolean relativeToSource;

        Paths(String range, boolean relativeToSource) {
            super(Path.class, new Domain.Text(PATH, PATH_EXPECTED, "path", range));
            this.relativeToSource = relativeToSource;
        }

        @Override
        protected Optional<Path> decode(Object canonical, Path baseDirectory) {
            try {
                Path path = Path.of((String) canonical);
                return Optional.of(relativeToSource ? baseDirectory.resolve(path).normalize() : path);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }

        @Override
        protected Object encode(Path value) {
            return value.toString();
        }
    }
}
