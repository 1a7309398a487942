package io.github.rnnmem.experiments.model;

import ai.djl.nn.Parameter;
import java.util.Collection;

/**
 * The article's parameter columns of one model.
 *
 * @param embedding the trainable embedding rows: {@code 27 E}
 * @param recurrent every parameter of the recurrent layers
 * @param dense the output layer: {@code H V + V}
 */
public record ParameterCounts(long embedding, long recurrent, long dense) {

    /**
     * Counts an initialised model's parameters.
     *
     * @param model the model, initialised
     * @return the counts
     */
    public static ParameterCounts of(AutocompleteModel model) {
        return new ParameterCounts(
                model.embeddingParameter().getArray().size(),
                sum(model.recurrentParameters()),
                sum(model.denseParameters()));
    }

    private static long sum(Collection<Parameter> parameters) {
        return parameters.stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /**
     * All parameters.
     *
     * @return embedding + recurrent + dense
     */
    public long total() {
        return embedding + recurrent + dense;
    }
}
