package io.github.rnnmem.api.layer;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A recurrent layer whose author writes only the step function.
 *
 * <p>Shapes: input {@code x} is {@code (B, T, inputSize)}, output is {@code (B, T, hidden)}; the
 * state is a list of {@link #stateCount()} arrays of shape {@code (B, hidden)}, all zero at
 * {@code t = 0}.
 *
 * <p>The part of every step that depends on the input alone is computed for all steps at once:
 * {@code P = x W_x + b_x}, one {@code (T*B, inputSize) x (inputSize, p)} matrix product on the
 * time-major input, cut once into the column parts the cell asks for and once along time. The loop
 * then calls {@link Cell#step} with the parts of {@code P_t}, each {@code (B, p_i)}, and the outputs
 * {@code h_t} are stacked once at the end. Every operator of a step costs the engine's fixed price
 * forward and backward (about 100 microseconds on MXNet and 15 on PyTorch on a 2-core CPU, as
 * {@code rnnmem bench} measures it), so a step should use few, large operators; products are
 * fastest as {@code Linear.linear(h, kernelTransposed)} with the kernel transposed once in {@link
 * #bind}, which on MXNet is one fully-connected operator, faster than {@code dot}. The projection
 * itself is computed that way.
 *
 * <p>Subclasses declare their parameters in the constructor (shapes are known there: {@code
 * inputSize} and {@code hidden}), and bind them into a {@link Cell} once per forward pass in
 * {@link #bind}, where slices and concatenations of kernels belong. The output at step {@code t}
 * depends only on inputs at steps {@code <= t} by construction.
 *
 * <p>A pass may start from the state an earlier pass ended with ({@link ResumableLayer}): the state
 * is the cell's, {@link #stateCount()} arrays of shape {@code (B, hidden)}.
 */
public abstract class AbstractUnrolledLayer extends AbstractBlock implements ResumableLayer {

    private static final byte VERSION = 1;

    /** The size of the last axis of the input. */
    protected final int inputSize;

    /** The width of the hidden output. */
    protected final int hidden;

    /**
     * Creates the layer.
     *
     * @param inputSize the size of the last axis of the input
     * @param hidden the width of the hidden output
     */
    protected AbstractUnrolledLayer(int inputSize, int hidden) {
        super(VERSION);
        if (inputSize < 1 || hidden < 1) {
            throw new IllegalArgumentException(
                    "inputSize and hidden must be positive, got " + inputSize + " and " + hidden);
        }
        this.inputSize = inputSize;
        this.hidden = hidden;
    }

    /**
     * How many {@code (B, hidden)} arrays the state holds, for instance 1 for a GRU, 2 for an
     * LSTM.
     *
     * @return the number of state arrays
     */
    protected abstract int stateCount();

    /**
     * Binds the parameter values of one forward pass into a cell.
     *
     * @param values gives the value of each of this layer's parameters for this pass
     * @return the cell to run over time
     */
    protected abstract Cell bind(Function<Parameter, NDArray> values);

    /**
     * Declares a kernel initialised Glorot-uniform.
     *
     * @param name the parameter name, unique in this layer
     * @param rows the first dimension
     * @param columns the second dimension
     * @return the parameter
     */
    protected final Parameter addKernel(String name, long rows, long columns) {
        return addParameter(
                Parameter.builder()
                        .setName(name)
                        .setType(Parameter.Type.WEIGHT)
                        .optShape(new Shape(rows, columns))
                        .optInitializer(Initializers.glorotUniform())
                        .build());
    }

    /**
     * Declares a bias vector initialised to a constant.
     *
     * @param name the parameter name, unique in this layer
     * @param size the length of the vector
     * @param initialValue the value of every element at initialisation
     * @return the parameter
     */
    protected final Parameter addBias(String name, long size, float initialValue) {
        return addParameter(
                Parameter.builder()
                        .setName(name)
                        .setType(Parameter.Type.BIAS)
                        .optShape(new Shape(size))
                        .optInitializer(Initializers.constant(initialValue))
                        .build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        return new NDList(forwardFrom(parameterStore, inputs.head(), new NDList(), training).head());
    }

    /**
     * Runs the cell over time from a state.
     *
     * @param parameterStore the parameter store
     * @param x the input {@code (B, T, inputSize)}
     * @param state empty for the zero state, else {@link #stateCount()} arrays {@code (B, hidden)}
     * @param training whether this is a training pass
     * @return the outputs {@code (B, T, hidden)}, then the state after the last step
     */
    @Override
    public final NDList forwardFrom(ParameterStore parameterStore, NDArray x, NDList state, boolean training) {
        checkInputShape(x.getShape());
        Device device = x.getDevice();
        Cell cell = bind(parameter -> parameterStore.getValue(parameter, device, training));

        long batch = x.getShape().get(0);
        int time = Math.toIntExact(x.getShape().get(1));
        NDArray timeMajor = x.transpose(1, 0, 2).reshape(time * batch, inputSize);
        NDArray projection = Linear.linear(timeMajor, cell.inputWeights().transpose(), cell.inputBias()).head();
        long[] boundaries = cell.inputParts();
        NDList parts = boundaries.length == 0 ? new NDList(projection) : projection.split(boundaries, 1);
        List<NDList> partsByStep = new ArrayList<>(parts.size());
        for (NDArray part : parts) {
            partsByStep.add(part.split(time, 0));
        }

        NDList current = state.isEmpty() ? initialState(x.getManager(), batch, x.getDataType()) : checkedState(state, batch);
        NDList outputs = new NDList(time);
        for (int t = 0; t < time; t++) {
            NDList input = new NDList(partsByStep.size());
            for (NDList steps : partsByStep) {
                input.add(steps.get(t));
            }
            current = cell.step(input, current);
            outputs.add(current.head());
        }
        NDList result = new NDList(NDArrays.stack(outputs, 1));
        result.addAll(current);
        return result;
    }

    private NDList checkedState(NDList state, long batch) {
        Shape expected = new Shape(batch, hidden);
        if (state.size() != stateCount() || state.stream().anyMatch(array -> !array.getShape().equals(expected))) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " expects a state of " + stateCount()
                    + " arrays of shape " + expected + ", got " + state.size() + " of shapes "
                    + Arrays.toString(state.getShapes()));
        }
        return state;
    }

    private NDList initialState(NDManager manager, long batch, DataType dataType) {
        NDArray zeros = manager.zeros(new Shape(batch, hidden), dataType);
        return new NDList(Collections.nCopies(stateCount(), zeros));
    }

    private void checkInputShape(Shape shape) {
        if (shape.dimension() != 3 || shape.get(2) != inputSize) {
            throw new IllegalArgumentException(
                    getClass().getSimpleName()
                            + " expects input of shape (batch, time, "
                            + inputSize
                            + "), got "
                            + shape);
        }
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        checkInputShape(inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        return new Shape[] {new Shape(input.get(0), input.get(1), hidden)};
    }

    /**
     * One forward pass's view of a unit: its input projection and its step.
     *
     * <p>The projection {@code W_x} of shape {@code (inputSize, p)} and bias {@code b_x} of shape
     * {@code (p)} give, for every step at once, {@code P_t = x_t W_x + b_x}. The step maps {@code
     * P_t} and the previous state to the new state, whose first array is the step's output {@code
     * h_t}.
     */
    public interface Cell {

        /**
         * The input projection matrix.
         *
         * @return {@code W_x}, shape {@code (inputSize, p)}
         */
        NDArray inputWeights();

        /**
         * The input projection bias.
         *
         * @return {@code b_x}, shape {@code (p)}, or null for none
         */
        NDArray inputBias();

        /**
         * Where to cut the columns of the projection into the parts {@link #step} receives, so that
         * a step need not split its input: for instance {@code {2n}} gives the parts {@code [0, 2n)}
         * and {@code [2n, p)}.
         *
         * @return increasing column indices; empty (the default) for one part
         */
        default long[] inputParts() {
            return new long[0];
        }

        /**
         * One step.
         *
         * @param input the parts of {@code P_t}, each of shape {@code (B, p_i)}, cut as {@link
         *     #inputParts()} says
         * @param state the previous state, {@link AbstractUnrolledLayer#stateCount()} arrays of shape {@code (B,
         *     hidden)}
         * @return the new state, output {@code h_t} first
         */
        NDList step(NDList input, NDList state);
    }
}
