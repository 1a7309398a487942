package io.github.rnnmem.experiments.data;

/**
 * The sequences of one split, read from the mapped dataset file.
 *
 * <p>Sequence {@code i} has {@link #length(int)} characters: input ids ({@link InputAlphabet}),
 * the first always the space, and one target per character ({@link Vocabulary} ids): the id of the
 * word the character belongs to, the space before a word belonging to that word. Within a split,
 * sequences are in corpus order.
 */
public final class SequenceSet {

    private final DatasetSections sections;
    private final int from;
    private final int size;

    SequenceSet(DatasetSections sections, int from, int to) {
        this.sections = sections;
        this.from = from;
        this.size = to - from;
    }

    /**
     * How many sequences the split has.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * How many characters a sequence has.
     *
     * @param i the sequence, in {@code [0, size())}
     * @return its length, at least 2
     */
    public int length(int i) {
        int s = index(i);
        return sections.charStarts().get(s + 1) - sections.charStarts().get(s);
    }

    /**
     * Where a sequence stands among all sequences of the dataset in corpus order.
     *
     * @param i the sequence, in {@code [0, size())}
     * @return its corpus position, from 0
     */
    public int position(int i) {
        return sections.positions().get(index(i));
    }

    /**
     * A sequence's input ids.
     *
     * @param i the sequence, in {@code [0, size())}
     * @return one id per character
     */
    public int[] inputs(int i) {
        int[] ids = new int[length(i)];
        copyInputs(i, ids, 0);
        return ids;
    }

    /**
     * A sequence's target ids.
     *
     * @param i the sequence, in {@code [0, size())}
     * @return one output id per character
     */
    public int[] targets(int i) {
        int[] ids = new int[length(i)];
        copyTargets(i, ids, 0);
        return ids;
    }

    /**
     * A sequence's text, with its leading space.
     *
     * @param i the sequence, in {@code [0, size())}
     * @return the text
     */
    public String text(int i) {
        return InputAlphabet.decode(inputs(i));
    }

    /**
     * Copies a sequence's input ids into an array.
     *
     * @param i the sequence, in {@code [0, size())}
     * @param into the destination
     * @param offset where the first id goes
     */
    public void copyInputs(int i, int[] into, int offset) {
        int s = index(i);
        int start = sections.charStarts().get(s);
        int end = sections.charStarts().get(s + 1);
        for (int c = start; c < end; c++) {
            into[offset++] = sections.inputs().get(c);
        }
    }

    /**
     * Copies a sequence's target ids into an array: each space moves to the next word's target.
     *
     * @param i the sequence, in {@code [0, size())}
     * @param into the destination
     * @param offset where the first id goes
     */
    public void copyTargets(int i, int[] into, int offset) {
        int s = index(i);
        int start = sections.charStarts().get(s);
        int end = sections.charStarts().get(s + 1);
        int word = sections.wordStarts().get(s) - 1;
        int target = Vocabulary.PADDING;
        for (int c = start; c < end; c++) {
            if (sections.inputs().get(c) == InputAlphabet.SPACE) {
                target = sections.targets().get(++word);
            }
            into[offset++] = target;
        }
    }

    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("sequence " + i + " outside [0, " + size + ")");
        }
        return from + i;
    }
}
