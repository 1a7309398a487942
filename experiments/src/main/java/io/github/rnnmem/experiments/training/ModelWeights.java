package io.github.rnnmem.experiments.training;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Puts the parameters a checkpoint holds into a model built the same way. */
public final class ModelWeights {

    private ModelWeights() {}

    /**
     * Loads a checkpoint's parameters into a model.
     *
     * @param model the model, built and initialised like the one that was saved
     * @param manager the manager of the model's engine and device
     * @param checkpoint the checkpoint
     * @param where the checkpoint's directory, for messages
     * @throws BadInputException naming {@code where} when the parameters do not fit the model
     */
    public static void load(AutocompleteModel model, NDManager manager, Checkpoint checkpoint, Path where) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(checkpoint.parameters()))) {
            model.loadParameters(manager, in);
        } catch (MalformedModelException | IllegalArgumentException | IOException e) {
            throw new BadInputException(where + ": the checkpoint's parameters do not fit this unit's model ("
                    + e.getMessage() + "); delete " + where + " to train the unit from the start", e);
        }
    }
}
