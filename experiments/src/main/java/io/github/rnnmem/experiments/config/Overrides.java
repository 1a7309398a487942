package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Values;
import io.github.rnnmem.experiments.settings.Binding;
import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.Location;
import io.github.rnnmem.experiments.settings.Source;
import io.github.rnnmem.experiments.settings.YamlMap;
import io.github.rnnmem.experiments.settings.YamlNames;
import io.github.rnnmem.experiments.settings.YamlNode;
import io.github.rnnmem.experiments.settings.YamlReader;
import io.github.rnnmem.experiments.settings.YamlScalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@link ConfigOverride}s to a YAML tree. Each override is its own {@link Source}: values
 * it writes are located at it, and relative paths in it resolve against the working directory. A
 * malformed override is reported and skipped.
 */
final class Overrides {

    private Overrides() {}

    /**
     * Applies overrides in order.
     *
     * @param root the tree read from the experiment file
     * @param overrides the overrides
     * @param workingDirectory where relative paths in overrides resolve
     * @param binding where malformed overrides are reported
     * @return the changed tree
     */
    static YamlNode apply(YamlNode root, List<ConfigOverride> overrides, Path workingDirectory, Binding binding) {
        YamlNode tree = root;
        for (int i = 0; i < overrides.size(); i++) {
            ConfigOverride override = overrides.get(i);
            int order = i + 1;
            tree = override instanceof ConfigOverride.SetValue set
                    ? set(tree, set.argument(), workingDirectory, order, binding)
                    : corpus(tree, ((ConfigOverride.CorpusPath) override).path(), workingDirectory, order, binding);
        }
        return tree;
    }

    private static YamlNode set(YamlNode tree, String argument, Path workingDirectory, int order, Binding binding) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            Location at = Location.start(Source.argument("--set " + argument, workingDirectory, order));
            binding.report(at, "", Binding.rule("path=value, such as training.epochs=1", Values.render(argument)));
            return tree;
        }
        String pathText = argument.substring(0, equals).strip();
        Source source = Source.argument("--set " + pathText, workingDirectory, order);
        Location at = Location.start(source);
        Optional<List<ConfigPaths.Step>> path = ConfigPaths.parse(pathText);
        if (path.isEmpty()) {
            binding.report(at, "", Binding.rule("a path such as training.epochs or units[0].hidden", Values.render(pathText)));
            return tree;
        }
        return YamlReader.read(argument.substring(equals + 1), source, binding)
                .flatMap(value -> ConfigPaths.set(tree, path.get(), value, at, binding))
                .orElse(tree);
    }

    private static YamlNode corpus(YamlNode tree, String path, Path workingDirectory, int order, Binding binding) {
        Location at = Location.start(Source.argument("--corpus", workingDirectory, order));
        List<ConfigPaths.Step> corpusPath = List.of(new ConfigPaths.Key("corpus"));
        YamlMap corpus = ConfigPaths.find(tree, corpusPath)
                .filter(YamlMap.class::isInstance)
                .map(YamlMap.class::cast)
                .orElse(YamlMap.empty(at))
                .without("url");
        for (String key : CorpusConfig.PLANTED_CUE_KEYS) {
            corpus = corpus.without(key);
        }
        corpus = corpus.with("source", at, YamlScalar.string(YamlNames.of(CorpusKind.PATH), at))
                .with("path", at, YamlScalar.string(path, at));
        return ConfigPaths.set(tree, corpusPath, corpus, at, binding).orElse(tree);
    }
}
