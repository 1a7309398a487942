package io.github.rnnmem.experiments.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a dataset is made of.
 *
 * @param characters characters of the normalised corpus
 * @param words word occurrences of the corpus
 * @param distinctWords distinct words of the corpus
 * @param maxLength the most characters of a sequence
 * @param vocabularyRequested how many words the settings asked for
 * @param vocabularyUsed how many words got their own class: the request, or every distinct word
 *     when there are fewer
 * @param knownWords word occurrences whose word is in the vocabulary
 * @param targets non-padding targets: the characters of all sequences
 * @param unknownTargets non-padding targets that are {@code <unknown>}
 * @param trainSequences sequences in the training split
 * @param validSequences sequences in the validation split
 * @param testSequences sequences in the test split
 * @param longestSequence characters of the longest sequence
 */
public record DatasetStatistics(
        long characters,
        long words,
        long distinctWords,
        int maxLength,
        int vocabularyRequested,
        int vocabularyUsed,
        long knownWords,
        long targets,
        long unknownTargets,
        int trainSequences,
        int validSequences,
        int testSequences,
        int longestSequence) {

    /** Checks the counts are consistent. */
    public DatasetStatistics {
        if (characters < 0 || words < 0 || distinctWords < 0 || targets < 0 || unknownTargets < 0 || knownWords < 0
                || trainSequences < 0 || validSequences < 0 || testSequences < 0 || longestSequence < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (knownWords > words || unknownTargets > targets || vocabularyUsed > vocabularyRequested
                || longestSequence > maxLength) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /**
     * How many output classes there are: the vocabulary used plus padding and unknown.
     *
     * @return the count
     */
    public int outputClasses() {
        return vocabularyUsed + 2;
    }

    /**
     * The share of word occurrences that the vocabulary covers.
     *
     * @return {@code knownWords / words}, 0 for no words
     */
    public double coverage() {
        return words == 0 ? 0 : (double) knownWords / words;
    }

    /**
     * The share of {@code <unknown>} targets among non-padding targets.
     *
     * @return {@code unknownTargets / targets}, 0 for no targets
     */
    public double unknownTargetShare() {
        return targets == 0 ? 0 : (double) unknownTargets / targets;
    }

    /**
     * The sequences of one split.
     *
     * @param split the split
     * @return the count
     */
    public int sequences(Split split) {
        return switch (split) {
            case TRAIN -> trainSequences;
            case VALID -> validSequences;
            case TEST -> testSequences;
        };
    }

    /**
     * The sequences of all splits.
     *
     * @return the count
     */
    public long totalSequences() {
        return (long) trainSequences + validSequences + testSequences;
    }

    /**
     * The statistics as an aligned text table: one row per figure, the label left-aligned, the
     * value right-aligned, then a note.
     *
     * @return the table, lines ending in a line separator
     */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("characters", count(characters), "normalised corpus"));
        rows.add(row("words", count(words), "occurrences"));
        rows.add(row("distinct words", count(distinctWords), ""));
        rows.add(row("vocabulary", count(vocabularyUsed),
                String.format(Locale.ROOT, "of %,d requested; %,d output classes", vocabularyRequested, outputClasses())));
        rows.add(row("coverage", percent(coverage()), "of word occurrences are in the vocabulary"));
        rows.add(row("<unknown> targets", percent(unknownTargetShare()),
                String.format(Locale.ROOT, "of %,d non-padding targets", targets)));
        for (Split split : Split.values()) {
            rows.add(row(split.label() + " sequences", count(sequences(split)),
                    percent(totalSequences() == 0 ? 0 : (double) sequences(split) / totalSequences())));
        }
        rows.add(row("max length", count(maxLength), String.format(Locale.ROOT, "longest sequence %,d", longestSequence)));
        int labelWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (String[] r : rows) {
            String line = String.format(Locale.ROOT, "%-" + labelWidth + "s  %" + valueWidth + "s  %s", r[0], r[1], r[2]);
            table.append(line.stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }

    private static String[] row(String label, String value, String note) {
        return new String[] {label, value, note};
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
