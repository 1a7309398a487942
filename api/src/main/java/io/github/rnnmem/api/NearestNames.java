package io.github.rnnmem.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class NearestNames {

    private NearestNames() {}

    /**
     * The candidate nearest to {@code found} by edit distance (insertions, deletions,
     * substitutions and transpositions of adjacent letters), if it is near enough to be a likely
     * typo: at most one edit for short names, at most a third of the longer name otherwise.
     *
     * @param found the unknown name
     * @param candidates the known names
     * @return the best candidate, or empty when none is close
     */
    public static Optional<String> nearest(String found, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(found.toLowerCase(Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.max(found.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The candidates nearest to {@code found} by the same edit distance, however far: for a word
     * outside a vocabulary, the words to offer instead.
     *
     * @param found the unknown name
     * @param candidates the known names, in order of preference among equally near ones
     * @param count how many at most
     * @return the nearest candidates, nearest first
     */
    public static List<String> closest(String found, Collection<String> candidates, int count) {
        String lower = found.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(candidate -> Map.entry(candidate, distance(lower, candidate)))
                .sorted(Map.Entry.comparingByValue())
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The optimal string alignment distance between two strings.
     *
     * @param a one string
     * @param b the other
     * @return the number of edits turning {@code a} into {@code b}
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
