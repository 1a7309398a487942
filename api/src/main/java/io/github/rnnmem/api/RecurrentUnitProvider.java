package io.github.rnnmem.api;

import ai.djl.nn.Block;

/**
 * A recurrent unit that rnnmem can train and analyse.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: a provider module declares
 * {@code provides io.github.rnnmem.api.RecurrentUnitProvider with ...} in its module-info and lists
 * the class in {@code META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider}, so that it is
 * found on the module path, on the class path and in a plugin directory. A provider needs a public
 * no-argument constructor and must be stateless: one instance serves every layer it builds.
 *
 * <p>Every layer maps a batch of sequences {@code (batch, time, inputSize)} to the hidden outputs
 * {@code (batch, time, hidden)}, where {@code hidden} is the value of {@link
 * Hyperparameter#HIDDEN}. The output at step {@code t} may depend only on inputs at steps {@code
 * <= t}. The contract test kit in the api test-jar checks all of this for any provider.
 */
public interface RecurrentUnitProvider {

    /**
     * The unique identifier used in experiment files.
     *
     * @return a name matching {@code [a-z][a-z0-9-]*}, such as {@code gru} or {@code nested-lstm}
     */
    String name();

    /**
     * One line saying what the unit is, with the paper it comes from.
     *
     * @return a human-readable description
     */
    String description();

    /**
     * Every hyperparameter the unit accepts, with its type, range, default and meaning. The spec
     * always holds {@link Hyperparameter#HIDDEN}.
     *
     * @return the specification used to validate and resolve a unit's settings
     */
    HyperparameterSpec hyperparameters();

    /**
     * Builds one fresh, uninitialised layer.
     *
     * @param inputSize the size of the last axis of the layer's input
     * @param hyperparameters values resolved against {@link #hyperparameters()}
     * @return a block mapping {@code (batch, time, inputSize)} to {@code (batch, time, hidden)}
     */
    Block newLayer(int inputSize, Hyperparameters hyperparameters);
}
