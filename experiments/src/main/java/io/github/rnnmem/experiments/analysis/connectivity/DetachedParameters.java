package io.github.rnnmem.experiments.analysis.connectivity;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Hands a model its parameters with gradients blocked, so that a backward pass computes only the
 * gradients with respect to the inputs, not those of every weight. One instance serves one pass.
 */
final class DetachedParameters extends ParameterStore {

    private final Map<Parameter, NDArray> values = new IdentityHashMap<>();

    DetachedParameters(NDManager manager) {
        super(manager, false);
    }

    @Override
    public NDArray getValue(Parameter parameter, Device device, boolean training) {
        return values.computeIfAbsent(parameter, p -> p.getArray().stopGradient());
    }
}
