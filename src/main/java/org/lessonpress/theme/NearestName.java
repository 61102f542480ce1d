package org.lessonpress.theme;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The known name closest to a mistyped one, for "did you mean" hints in theme and project-file errors. Close means
 * within three edits, or a third of the name's length for long dotted keys.
 */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code wrong}, if it is close enough to be the likely intent. */
    public static Optional<String> among(String wrong, Collection<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(k, wrong)))
                .filter(k -> distance(k, wrong) <= Math.max(3, wrong.length() / 3));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
