package io.github.rnnmem.experiments.data;

/**
 * The 28 input ids of the autocomplete task: {@code 0} is padding, {@code 1} is the space and
 * {@code 2..27} are {@code a..z}.
 */
public final class InputAlphabet {

    /** How many input ids there are. */
    public static final int SIZE = 28;
    /** The id of padding after the end of a sequence. */
    public static final int PADDING = 0;
    /** The id of the space before each word. */
    public static final int SPACE = 1;

    private static final int FIRST_LETTER = 2;

    private InputAlphabet() {}

    /**
     * The id of a character.
     *
     * @param c a space or a letter {@code a-z}
     * @return its id
     * @throws IllegalArgumentException for any other character
     */
    public static int id(char c) {
        if (c == ' ') {
            return SPACE;
        }
        if (c >= 'a' && c <= 'z') {
            return FIRST_LETTER + (c - 'a');
        }
        throw new IllegalArgumentException(
                "input text holds only spaces and letters a-z, not '" + c + "' (U+" + Integer.toHexString(c) + ")");
    }

    /**
     * The character of an id.
     *
     * @param id a space or letter id, {@code 1..27}
     * @return the character
     * @throws IllegalArgumentException for padding or an id outside the alphabet
     */
    public static char character(int id) {
        if (id == SPACE) {
            return ' ';
        }
        if (id >= FIRST_LETTER && id < SIZE) {
            return (char) ('a' + id - FIRST_LETTER);
        }
        throw new IllegalArgumentException("no character has input id " + id);
    }

    /**
     * The ids of a text.
     *
     * @param text spaces and letters {@code a-z}, such as a normalised text with a leading space
     * @return one id per character
     */
    public static int[] encode(CharSequence text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(text.charAt(i));
        }
        return ids;
    }

    /**
     * The text of ids; padding ids are left out.
     *
     * @param ids input ids
     * @return the text
     */
    public static String decode(int[] ids) {
        StringBuilder text = new StringBuilder(ids.length);
        for (int id : ids) {
            if (id != PADDING) {
                text.append(character(id));
            }
        }
        return text.toString();
    }

    /**
     * The id of a byte of text in text8 form, without checks.
     *
     * @param c a space or a letter {@code a-z}
     * @return its id
     */
    static byte idOfTextByte(byte c) {
        return (byte) (c == ' ' ? SPACE : FIRST_LETTER + (c - 'a'));
    }
}
