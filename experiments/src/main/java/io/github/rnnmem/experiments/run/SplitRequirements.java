package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import java.util.Locale;

/**
 * What a run needs of its dataset's splits: at least one whole batch of training sequences
 * ({@code training.batch_size}), one test sequence, and one validation sequence unless the split
 * gives validation no share (every unit is tested, and validated when it can be). A corpus too small for that is refused before any training, with how
 * much text would do.
 */
final class SplitRequirements {

    private SplitRequirements() {}

    /**
     * Checks the splits of a dataset.
     *
     * @param corpus the corpus, described for people
     * @param statistics the dataset's counts
     * @param task the task settings (the split fractions)
     * @param batchSize sequences per training batch
     * @throws BadInputException naming the corpus, the split sizes and about how many characters
     *     of text are needed, when a split is too small
     */
    static void check(String corpus, DatasetStatistics statistics, TaskSettings task, int batchSize) {
        int train = statistics.sequences(Split.TRAIN);
        int valid = statistics.sequences(Split.VALID);
        int test = statistics.sequences(Split.TEST);
        int validNeeded = task.dataset().split().validation() > 0 ? 1 : 0;
        if (train >= batchSize && valid >= validNeeded && test >= 1) {
            return;
        }
        long total = statistics.totalSequences();
        double charactersPerSequence = total > 0 ? (double) statistics.characters() / total : task.dataset().maxLength();
        long needed = (long) Math.ceil(sequencesNeeded(task, batchSize, validNeeded) * charactersPerSequence);
        throw new BadInputException(String.format(Locale.ROOT,
                "%s: too little text for this experiment: its %,d characters make %,d sequences (%,d training, %,d"
                        + " validation, %,d test), and a run needs at least %,d training sequences (one batch,"
                        + " training.batch_size)%s and one test sequence; about %,d characters of text are needed with"
                        + " dataset.max_length %d and dataset.split [%s, %s, %s]",
                corpus, statistics.characters(), total, train, valid, test, batchSize,
                validNeeded > 0 ? ", one validation sequence" : "", needed, task.dataset().maxLength(),
                fraction(task.dataset().split().train()), fraction(task.dataset().split().validation()),
                fraction(task.dataset().split().test())));
    }

    /** The fewest sequences whose split meets the requirements. */
    private static long sequencesNeeded(TaskSettings task, int batchSize, int validNeeded) {
        int n = 1;
        while (n < Integer.MAX_VALUE / 2) {
            int train = task.trainCount(n);
            int valid = task.validCount(n);
            if (train >= batchSize && valid >= validNeeded && n - train - valid >= 1) {
                return n;
            }
            n = n < 1024 ? n + 1 : n + n / 64;
        }
        return n;
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
}
