package io.github.rnnmem.api.registry;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin, or one unit of it, that did not load, and why. The other units still load: a broken
 * plugin makes unusable only what it provides.
 *
 * @param unit the unit name concerned, when it is known (a malformed or duplicate name, a broken
 *     hyperparameter spec); empty when the failure came before the provider could say its name
 * @param source what failed, for people: a jar's path, a provider class with its module and jar,
 *     or a plugin directory
 * @param problem what is wrong and, when it can say, how to fix it
 */
public record PluginFailure(Optional<String> unit, String source, String problem) {

    /** Classes whose stack frames do not say where a plugin went wrong. */
    private static final String FRAMEWORK_CLASSES = "(java|javax|jdk|sun|ai\\.djl|io\\.github\\.rnnmem\\.api)\\..*";

    /** Checks every part is present. */
    public PluginFailure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * A failure before any unit name is known.
     *
     * @param source what failed
     * @param problem what is wrong
     * @return the failure
     */
    static PluginFailure of(String source, String problem) {
        return new PluginFailure(Optional.empty(), source, problem);
    }

    /**
     * A failure of a named unit.
     *
     * @param unit the unit name
     * @param source what failed
     * @param problem what is wrong
     * @return the failure
     */
    static PluginFailure ofUnit(String unit, String source, String problem) {
        return new PluginFailure(Optional.of(unit), source, problem);
    }

    /**
     * The failure in one line.
     *
     * @return {@code source: problem}
     */
    public String describe() {
        return source + ": " + problem;
    }

    /**
     * What a plugin's code threw, in one line: the exception's class and message, and the line of
     * the plugin's own code it came from (the first line of the stack outside the JDK, DJL and
     * this API, or else the first line).
     *
     * @param thrown the exception or error
     * @return for instance {@code IllegalStateException: no licence (at org.example.Boom.<init>(Boom.java:12))}
     */
    public static String thrown(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage();
        StackTraceElement[] trace = thrown.getStackTrace();
        StackTraceElement where = Arrays.stream(trace)
                .filter(frame -> !frame.getClassName().matches(FRAMEWORK_CLASSES))
                .findFirst()
                .orElse(trace.length == 0 ? null : trace[0]);
        return thrown.getClass().getSimpleName() + message + (where == null ? "" : " (at " + where + ")");
    }
}
