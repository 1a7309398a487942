package io.github.rnnmem.experiments.analysis.connectivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How connectivity rows are grouped into backward passes.
 *
 * <p>Row {@code t} needs the prefix {@code 0..t} only: the output at {@code t} does not depend on
 * later inputs. A pass runs {@code K} copies of length {@code L} (the longest prefix among them)
 * through the model at once, copy {@code k} selecting the score of its own position, and one
 * backward gives all {@code K} rows. Its work is {@code K L} character steps. Grouping rows of
 * similar length ({@link #triangle}) makes the total work close to {@code sum_t (t + 1)}, about
 * half of the {@code T^2} of full-length copies ({@link #fullCopies}); {@link #separate} is one
 * pass per row, the slow reference.
 *
 * @param passes the passes, each a list of request indices, longest prefix first
 * @param lengths the sequence length {@code L} each pass runs
 */
public record PassPlan(List<List<Integer>> passes, List<Integer> lengths) {

    /** Copies the lists. */
    public PassPlan {
        passes = passes.stream().map(List::copyOf).toList();
        lengths = List.copyOf(lengths);
        if (passes.size() != lengths.size()) {
            throw new IllegalArgumentException(passes.size() + " passes but " + lengths.size() + " lengths");
        }
    }

    /**
     * Copies cut to their own prefixes, sorted by length and packed into passes of at most {@code
     * budget} character steps (a single row longer than the budget gets a pass of its own).
     *
     * @param requests the rows
     * @param budget the most character steps {@code K L} of one pass, which bounds its memory
     * @return the plan
     */
    public static PassPlan triangle(List<RowRequest> requests, long budget) {
        return pack(requests, budget, false);
    }

    /**
     * Copies of full length: every pass runs the longest sequence's length, packed into passes of
     * at most {@code budget} character steps.
     *
     * @param requests the rows
     * @param budget the most character steps of one pass
     * @return the plan
     */
    public static PassPlan fullCopies(List<RowRequest> requests, long budget) {
        return pack(requests, budget, true);
    }

    /**
     * One pass per row, each of its own prefix length.
     *
     * @param requests the rows
     * @return the plan
     */
    public static PassPlan separate(List<RowRequest> requests) {
        return pack(requests, 1, false);
    }

    /**
     * The character steps of all passes.
     *
     * @return {@code sum K L}
     */
    public long work() {
        long work = 0;
        for (int i = 0; i < passes.size(); i++) {
            work += (long) passes.get(i).size() * lengths.get(i);
        }
        return work;
    }

    private static PassPlan pack(List<RowRequest> requests, long budget, boolean fullLength) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be positive, got " + budget);
        }
        int longest = requests.stream().mapToInt(RowRequest::prefixLength).max().orElse(0);
        List<Integer> order = IntStream.range(0, requests.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> requests.get(i).prefixLength()).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<List<Integer>> passes = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int length = 0;
        for (int index : order) {
            int needed = fullLength ? longest : requests.get(index).prefixLength();
            if (!current.isEmpty() && (long) (current.size() + 1) * length > budget) {
                passes.add(current);
                lengths.add(length);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                length = needed;
            }
            current.add(index);
        }
        if (!current.isEmpty()) {
            passes.add(current);
            lengths.add(length);
        }
        return new PassPlan(passes, lengths);
    }
}
