package io.github.rnnmem.units.lstm;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A parameter store that hands a block given arrays instead of its parameters' own: how one set
 * of parameters drives another block's computation (the fused kernel, or the step-by-step cell).
 */
final class MappedParameters extends ParameterStore {

    private final Map<Parameter, NDArray> values;

    MappedParameters(NDManager manager, Map<Parameter, NDArray> values) {
        super(manager, false);
        this.values = new IdentityHashMap<>(values);
    }

    @Override
    public NDArray getValue(Parameter parameter, Device device, boolean training) {
        NDArray value = values.get(parameter);
        if (value == null) {
            throw new IllegalStateException("no mapped value for the parameter " + parameter.getName());
        }
        return value;
    }
}
