package io.github.rnnmem.experiments.training;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import io.github.rnnmem.experiments.io.FileProblems;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/** Puts the parameters a checkpoint holds into a model built the same way. */
public final class ModelWeights {

    private ModelWeights() {}

    /**
     * Loads a checkpoint's parameters into a model. On failure the model holds some of them: load
     * another checkpoint, or discard the model.
     *
     * @param model the model, built and initialised like the one that was saved
     * @param manager the manager of the model's engine and device
     * @param checkpoint the checkpoint
     * @throws IllegalArgumentException saying why when the parameters do not fit the model or the
     *     section ends early; the caller names the file
     */
    public static void load(AutocompleteModel model, NDManager manager, Checkpoint checkpoint) {
        int left;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(checkpoint.parameters()))) {
            model.loadParameters(manager, in);
            left = in.available();
        } catch (EOFException e) {
            throw new IllegalArgumentException("its parameters section ends before every parameter of this unit's model"
                    + " is read", e);
        } catch (MalformedModelException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("its parameters do not fit this unit's model ("
                    + FileProblems.reason(e) + ")", e);
        }
        if (left > 0) {
            throw new IllegalArgumentException("its parameters section holds " + left
                    + " bytes more than this unit's model has");
        }
    }
}
