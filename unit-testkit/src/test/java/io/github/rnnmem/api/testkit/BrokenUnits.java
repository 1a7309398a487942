package io.github.rnnmem.api.testkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.layer.AbstractUnrolledLayer;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Units that break the contract on purpose, each in one way, to show that the contract test
 * kit notices: one looks one step ahead, one hides part of its gradient, one ignores the seed.
 */
final class BrokenUnits {

    private BrokenUnits() {}

    /** An Elman layer whose step output is rewritten, and whose kernel initialiser is given. */
    private static final class RewrittenElman extends AbstractUnrolledLayer {

        private final Parameter kernel;
        private final UnaryOperator<NDArray> rewrite;

        RewrittenElman(int inputSize, int hidden, Initializer initializer, UnaryOperator<NDArray> rewrite) {
            super(inputSize, hidden);
            this.rewrite = rewrite;
            kernel = addKernel("kernel", inputSize + hidden, hidden);
            kernel.setInitializer(initializer);
        }

        @Override
        protected int stateCount() {
            return 1;
        }

        @Override
        protected Cell bind(Function<Parameter, NDArray> values) {
            NDList rows = values.apply(kernel).split(new long[] {inputSize}, 0);
            return new Cell() {
                @Override
                public NDArray inputWeights() {
                    return rows.get(0);
                }

                @Override
                public NDArray inputBias() {
                    return null;
                }

                @Override
                public NDList step(NDList input, NDList state) {
                    NDArray h = input.head().add(state.head().dot(rows.get(1))).tanh();
                    return new NDList(h.add(rewrite.apply(input.head())));
                }
            };
        }
    }

    /** A provider of one broken layer. */
    private abstract static class BrokenProvider implements RecurrentUnitProvider {
        @Override
        public String description() {
            return "a unit that breaks the contract on purpose";
        }

        @Override
        public HyperparameterSpec hyperparameters() {
            return HyperparameterSpec.builder().build();
        }
    }

    /** Adds the mean input over the whole sequence to every step's input: not causal. */
    static final class LookAhead extends BrokenProvider {
        @Override
        public String name() {
            return "look-ahead";
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            return new LookAheadLayer(inputSize, hyperparameters.hidden());
        }
    }

    /** {@code y_t = tanh((x_t + mean_s x_s) W)}. */
    private static final class LookAheadLayer extends ai.djl.nn.AbstractBlock {
        private final Parameter kernel;
        private final int hidden;

        LookAheadLayer(int inputSize, int hidden) {
            this.hidden = hidden;
            kernel = addParameter(Parameter.builder()
                    .setName("kernel")
                    .setType(Parameter.Type.WEIGHT)
                    .optShape(new Shape(inputSize, hidden))
                    .build());
        }

        @Override
        protected NDList forwardInternal(
                ai.djl.training.ParameterStore store,
                NDList inputs,
                boolean training,
                ai.djl.util.PairList<String, Object> params) {
            NDArray x = inputs.head();
            NDArray withWholeSequence = x.add(x.mean(new int[] {1}, true));
            return new NDList(withWholeSequence.dot(store.getValue(kernel, x.getDevice(), training)).tanh());
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), hidden)};
        }
    }

    /** Adds {@code stopGradient(P_t)}: its autograd gradient misses a term. */
    static final class HiddenGradient extends BrokenProvider {
        @Override
        public String name() {
            return "hidden-gradient";
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            return new RewrittenElman(
                    inputSize,
                    hyperparameters.hidden(),
                    io.github.rnnmem.api.layer.Initializers.glorotUniform(),
                    p -> p.stopGradient().mul(0.5));
        }
    }

    /** Initialises its kernel from an unseeded Java generator. */
    static final class Unseeded extends BrokenProvider {
        @Override
        public String name() {
            return "unseeded";
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            Initializer fromClock = (NDManager manager, Shape shape, DataType type) -> {
                Random random = new Random(System.nanoTime());
                float[] values = new float[Math.toIntExact(shape.size())];
                for (int i = 0; i < values.length; i++) {
                    values[i] = random.nextFloat() - 0.5f;
                }
                return manager.create(values, shape).toType(type, false);
            };
            return new RewrittenElman(inputSize, hyperparameters.hidden(), fromClock, p -> p.zerosLike());
        }
    }

    /** The contract run on {@link LookAhead}; not run on its own (the name is not a test's). */
    static final class LookAheadContract extends MxnetOnlyContract {
        @Override
        protected RecurrentUnitProvider provider() {
            return new LookAhead();
        }
    }

    /** The contract run on {@link HiddenGradient}. */
    static final class HiddenGradientContract extends MxnetOnlyContract {
        @Override
        protected RecurrentUnitProvider provider() {
            return new HiddenGradient();
        }
    }

    /** The contract run on {@link Unseeded}. */
    static final class UnseededContract extends MxnetOnlyContract {
        @Override
        protected RecurrentUnitProvider provider() {
            return new Unseeded();
        }
    }

    /** One engine is enough to show that the checks can fail. */
    abstract static class MxnetOnlyContract extends RecurrentUnitContractTest {
        @Override
        protected java.util.List<String> engines() {
            return java.util.List.of("MXNet");
        }
    }
}
