package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a provider must say of itself before its unit is registered: a name matching {@value
 * #NAME_RULE}, a description of one line, and a hyperparameter spec (one whose builder throws, for
 * a default outside its range or a key declared twice or reserved, is inconsistent).
 */
final class ProviderCheck {

    /** The rule of unit names, as experiment files write them. */
    static final String NAME_RULE = "[a-z][a-z0-9-]*";

    private static final Pattern NAME = Pattern.compile(NAME_RULE);

    private ProviderCheck() {}

    /**
     * Why a provider cannot be used, calling each of its describing methods once.
     *
     * @param unit the provider and where it came from
     * @return the failure, or empty when the provider can be used
     */
    static Optional<PluginFailure> problem(DiscoveredUnit unit) {
        String source = unit.describe();
        RecurrentUnitProvider provider = unit.provider();
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(PluginFailure.of(source, "name() threw " + PluginFailure.thrown(e)));
        }
        if (name == null || !NAME.matcher(name).matches()) {
            String problem = "its unit name " + (name == null ? "is null" : "\"" + name + "\"") + " does not match "
                    + NAME.pattern() + " (lower-case letters, digits and dashes, starting with a letter)";
            return Optional.of(name == null ? PluginFailure.of(source, problem) : PluginFailure.ofUnit(name, source, problem));
        }
        try {
            String description = provider.description();
            if (description == null || description.isBlank() || description.contains("\n")) {
                return Optional.of(PluginFailure.ofUnit(name, source,
                        "its description() must be one line of text, got " + (description == null ? "null" : "\""
                                + description + "\"")));
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(PluginFailure.ofUnit(name, source, "description() threw " + PluginFailure.thrown(e)));
        }
        try {
            if (provider.hyperparameters() == null) {
                return Optional.of(PluginFailure.ofUnit(name, source, "hyperparameters() returned null"));
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(PluginFailure.ofUnit(name, source,
                    "its hyperparameter spec is inconsistent: hyperparameters() threw " + PluginFailure.thrown(e)));
        }
        return Optional.empty();
    }
}
