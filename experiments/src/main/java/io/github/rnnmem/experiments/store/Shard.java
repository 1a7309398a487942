package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N slices of a run's tasks, for processes that share the work of one run directory
 * ({@code rnnmem run FILE --shard I/N}): the tasks sorted by their directory, the i-th of them in
 * slice {@code i mod N}. Slices are numbered from 0, as Slurm's array tasks and Kubernetes's
 * completion indices are.
 *
 * @param index the slice, in [0, count)
 * @param count the number of slices, at least 1
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

    /** Checks the slice is one of the count. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected I/N with 0 <= I < N");
        }
    }

    /**
     * Reads {@code I/N}.
     *
     * @param text the argument
     * @return the shard
     * @throws BadInputException when the text is not {@code I/N} with {@code 0 <= I < N}
     */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            int count = Integer.parseInt(matcher.group(2));
            if (count >= 1 && index < count) {
                return new Shard(index, count);
            }
        }
        throw new BadInputException("--shard " + text + ": expected I/N, the I-th of N slices of the run's tasks with"
                + " 0 <= I < N, such as 0/4");
    }

    /**
     * The tasks of this slice.
     *
     * @param inShardOrder every task, sorted as slices take them
     * @param <T> the task type
     * @return those of this slice, in that order
     */
    public <T> List<T> of(List<T> inShardOrder) {
        List<T> mine = new ArrayList<>();
        for (int i = index; i < inShardOrder.size(); i += count) {
            mine.add(inShardOrder.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
