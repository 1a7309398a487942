package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.settings.Binding;
import io.github.rnnmem.experiments.settings.ConfigProblem;
import io.github.rnnmem.experiments.settings.RecordFormat;
import io.github.rnnmem.experiments.settings.RecordSettings;
import io.github.rnnmem.experiments.settings.Source;
import io.github.rnnmem.experiments.settings.YamlNode;
import io.github.rnnmem.experiments.settings.YamlReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads experiment files into {@link ExperimentConfig}s.
 *
 * <p>The file is read as YAML nodes (safely: no tag ever constructs an object), the command-line
 * {@link ConfigOverride}s are applied to the nodes, and the result is bound key by key against the
 * schema of {@link ConfigSchema}, unit hyperparameters against their provider's specification.
 * Every problem is collected with its place; if there is any, {@link ConfigException} reports all
 * of them, in reading order. A file larger than {@link YamlReader#MAX_LENGTH} is refused by its
 * size, before it is read.
 */
public final class ConfigLoader {

    private final UnitRegistry units;
    private final Path workingDirectory;

    /**
     * Creates a loader.
     *
     * @param units the units experiments may name
     * @param workingDirectory the directory relative paths on the command line resolve against
     */
    public ConfigLoader(UnitRegistry units, Path workingDirectory) {
        this.units = Objects.requireNonNull(units, "units");
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * Reads an experiment file.
     *
     * @param file the YAML file, relative to the working directory unless absolute
     * @param overrides changes from the command line, applied in order
     * @return the experiment, with every default filled in
     * @throws ConfigException listing every problem with the file and the overrides
     */
    public ExperimentConfig load(Path file, List<ConfigOverride> overrides) {
        Binding binding = new Binding(units);
        Optional<ExperimentConfig> config =
                new RecordFormat<>(RecordSettings.of(ExperimentConfig.class)).bind(tree(file, overrides, binding), "", binding);
        if (binding.hasProblems() || config.isEmpty()) {
            throw new ConfigException(binding.problems());
        }
        return config.get();
    }

    /**
     * Reads an experiment file that may have a {@code grid:}, and binds every point of the grid
     * (see {@link Grid}).
     *
     * @param file the YAML file, relative to the working directory unless absolute
     * @param overrides changes from the command line, applied in order before the grid
     * @return every point of the grid, each experiment with every default filled in; one point
     *     when the file has no grid
     * @throws ConfigException listing every problem with the file, the overrides, the grid and
     *     every point
     */
    public ExperimentGrid loadGrid(Path file, List<ConfigOverride> overrides) {
        Binding binding = new Binding(units);
        return Grid.expand(tree(file, overrides, binding), units, binding);
    }

    /** The file's YAML tree with the overrides applied; a syntax error ends reading. */
    private YamlNode tree(Path file, List<ConfigOverride> overrides, Binding binding) {
        Path resolved = workingDirectory.resolve(file).normalize();
        String text = read(file, resolved);
        YamlNode root = YamlReader.read(text, Source.file(file.toString(), resolved.getParent()), binding)
                .orElseThrow(() -> new ConfigException(binding.problems()));
        return Overrides.apply(root, overrides, workingDirectory, binding);
    }

    private static String read(Path name, Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > YamlReader.MAX_LENGTH) {
                throw unreadable(name, YamlReader.tooLong(String.format(Locale.ROOT, "%,d bytes", Files.size(file))));
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw unreadable(name, "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(name, "permission denied");
        } catch (CharacterCodingException e) {
            throw unreadable(name, "not UTF-8 text");
        } catch (IOException e) {
            throw unreadable(name, Files.isDirectory(file) ? "a directory, not a YAML file" : "cannot be read: " + e.getMessage());
        }
    }

    private static ConfigException unreadable(Path name, String reason) {
        return new ConfigException(List.of(new ConfigProblem(name.toString(), "", reason)));
    }
}
