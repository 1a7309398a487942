package io.github.rnnmem.experiments.data;

import java.util.Locale;

/** The three parts of a dataset's sequences. */
public enum Split {
    /** The sequences the model is trained on. */
    TRAIN,
    /** The sequences whose loss is watched during training. */
    VALID,
    /** The sequences held out for the final figures. */
    TEST;

    /**
     * The split's name in text and files: {@code train}, {@code valid} or {@code test}.
     *
     * @return the name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
