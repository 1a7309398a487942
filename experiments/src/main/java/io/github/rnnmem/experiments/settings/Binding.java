package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.HyperparameterProblem;
import io.github.rnnmem.api.NearestNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one binding of configuration text: what its formats may need and every problem
 * found so far, each with its location. Problems are collected, never thrown, so that all of them
 * can be reported together in reading order.
 */
public final class Binding {

    private final List<Object> context;
    private final List<Located> problems = new ArrayList<>();

    private record Located(Location location, ConfigProblem problem) {}

    /**
     * Starts a binding.
     *
     * @param context what the formats of the bound settings may need, such as the registry of the
     *     units an experiment may name
     */
    public Binding(Object... context) {
        this.context = List.of(context);
    }

    /**
     * Something the binding was started with.
     *
     * @param type its type
     * @param <T> its type
     * @return the first object of that type
     * @throws IllegalStateException when the binding has none
     */
    public <T> T context(Class<T> type) {
        return context.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("a binding without a " + type.getSimpleName()));
    }

    /**
     * Records a problem.
     *
     * @param at where it is
     * @param path the configuration path it is about, such as {@code units[1].hidden}; empty when
     *     about the text as a whole
     * @param rule the rule and the finding, such as {@code expected an integer in [1, 64], got 0}
     */
    public void report(Location at, String path, String rule) {
        problems.add(new Located(at, new ConfigProblem(at.where(), path, rule)));
    }

    /**
     * Records a problem about a value, unless the value was already rejected while reading.
     *
     * @param at the value
     * @param path its configuration path
     * @param rule the rule and the finding
     */
    public void report(YamlNode at, String path, String rule) {
        if (!(at instanceof YamlRejected)) {
            report(at.location(), path, rule);
        }
    }

    /**
     * Records a syntax error, located with its column.
     *
     * @param at where the text stops making sense
     * @param text what is wrong
     */
    public void reportSyntax(Location at, String text) {
        problems.add(new Located(at, new ConfigProblem(at.whereExactly(), "", text)));
    }

    /**
     * Records a value that breaks its rule, showing the value as written.
     *
     * @param at the value
     * @param path its configuration path
     * @param expected what the rule asks for, such as {@code an integer in [1, 64]}
     */
    public void invalid(YamlNode at, String path, String expected) {
        report(at, path, rule(expected, at.found()));
    }

    /**
     * Records a required key that is absent, located at the mapping that should hold it.
     *
     * @param parent the location of the mapping
     * @param path the configuration path of the key
     * @param expected what the key's value should be
     */
    public void missing(Location parent, String path, String expected) {
        report(parent, path, rule(expected + " (required)", "nothing"));
    }

    /**
     * Records every key of a mapping that is not among the known ones, with the nearest known key
     * as a suggestion.
     *
     * @param map the mapping
     * @param path its configuration path
     * @param known the keys the mapping may hold
     */
    public void checkKeys(YamlMap map, String path, Collection<String> known) {
        String list = String.join(", ", known);
        for (YamlMap.Member member : map.members()) {
            if (!known.contains(member.key())) {
                String suggestion = NearestNames.nearest(member.key(), known).orElse(null);
                report(
                        member.keyLocation(),
                        ConfigPaths.child(path, member.key()),
                        HyperparameterProblem.unknownKey(member.key(), list, suggestion).rule());
            }
        }
    }

    /**
     * Whether any problem was found.
     *
     * @return true when at least one problem was recorded
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Every problem, in reading order; problems at the same place keep the order found.
     *
     * @return the problems
     */
    public List<ConfigProblem> problems() {
        return problems.stream()
                .sorted(Comparator.comparing(Located::location))
                .map(Located::problem)
                .toList();
    }

    /**
     * The text of a broken rule, in the form every configuration message uses.
     *
     * @param expected what the rule asks for
     * @param found the value found, already rendered
     * @return for instance {@code expected an integer in [1, 64], got 0}
     */
    public static String rule(String expected, String found) {
        return new HyperparameterProblem("value", expected, found, null).rule();
    }
}
