package org.lessonpress;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name a mistyped one most likely meant, for the "did you mean" of every message that names something
 * unknown: theme keys, front-matter keys, commands, formats and theme names.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The known name fewest edits away from {@code given}, if it is near enough to be what was meant: one edit for
     * every three characters of the given name, and one for any name ("fish" is not "bash"). An edit is a character
     * added, dropped or changed, or two neighbours swapped ("exprot"), the commonest slip of the fingers. Of equally
     * near names the first wins, so callers pass them in a stable order.
     */
    public static Optional<String> to(String given, Collection<String> known) {
        int limit = Math.max(1, given.length() / 3);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String name : known) {
            int edits = edits(given, name);
            if (edits < bestEdits) {
                best = name;
                bestEdits = edits;
            }
        }
        return bestEdits <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Edits that turn {@code a} into {@code b} (the optimal string alignment distance: Levenshtein plus swaps). */
    public static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int e = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    e = Math.min(e, d[i - 2][j - 2] + 1);
                }
                d[i][j] = e;
            }
        }
        return d[a.length()][b.length()];
    }
}
