package org.lessonpress.theme.colour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks one option per section so that any two sections are at least {@code separation} apart in L*, changing the
 * palette as little as possible: the least total squared ΔE from the theme's colours. Sections keep the lightness
 * order the theme gives them (the lightest stays the lightest), which makes the choice a walk along one line of
 * lightness, solved exactly by dynamic programming over the options, lightest-last. Deterministic: ties go to the
 * darker option, and sections of equal lightness keep their palette order.
 */
final class LightnessSpacing {
    private LightnessSpacing() {
    }

    /**
     * The chosen option of each section, in palette order, or null when no choice separates them.
     *
     * @param options    each section's allowed options, darkest first
     * @param lightness  each section's own L*, which fixes their order
     * @param separation the least L* difference between any two sections
     */
    static List<HueLine.Option> choose(List<List<HueLine.Option>> options, double[] lightness, double separation) {
        int n = options.size();
        int[] order = byLightness(lightness);
        double[][] cost = new double[n][];
        int[][] from = new int[n][];
        for (int k = 0; k < n; k++) {
            List<HueLine.Option> opts = options.get(order[k]);
            cost[k] = new double[opts.size()];
            from[k] = new int[opts.size()];
            List<HueLine.Option> before = k == 0 ? List.of() : options.get(order[k - 1]);
            int p = 0;
            double bestBefore = Double.POSITIVE_INFINITY;
            int bestAt = -1;
            for (int j = 0; j < opts.size(); j++) {
                HueLine.Option o = opts.get(j);
                if (k > 0) {
                    // every option of the previous section dark enough for this one: a running minimum
                    while (p < before.size() && before.get(p).lightness() <= o.lightness() - separation + 1e-9) {
                        if (cost[k - 1][p] < bestBefore) {
                            bestBefore = cost[k - 1][p];
                            bestAt = p;
                        }
                        p++;
                    }
                }
                double own = o.distance() * o.distance();
                cost[k][j] = k == 0 ? own : bestBefore + own;
                from[k][j] = bestAt;
            }
        }
        if (n == 0) {
            return List.of();
        }
        int last = -1;
        for (int j = 0; j < cost[n - 1].length; j++) {
            if (cost[n - 1][j] < Double.POSITIVE_INFINITY && (last < 0 || cost[n - 1][j] < cost[n - 1][last])) {
                last = j;
            }
        }
        if (last < 0) {
            return null;
        }
        HueLine.Option[] chosen = new HueLine.Option[n];
        for (int k = n - 1, j = last; k >= 0; j = from[k][j], k--) {
            chosen[order[k]] = options.get(order[k]).get(j);
        }
        return new ArrayList<>(Arrays.asList(chosen));
    }

    /** Section indexes from the darkest to the lightest; equal lightness keeps palette order (a stable sort). */
    private static int[] byLightness(double[] lightness) {
        int[] order = new int[lightness.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && lightness[order[j - 1]] > lightness[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    /**
     * The largest separation up to {@code wanted} that the options allow (to a hundredth of L*), for the warning
     * about a palette that cannot be separated; 0 when even that fails.
     */
    static double widest(List<List<HueLine.Option>> options, double[] lightness, double wanted) {
        double lo = 0;
        double hi = wanted;
        for (int i = 0; i < 12 && hi - lo > 0.01; i++) {
            double mid = (lo + hi) / 2;
            if (choose(options, lightness, mid) != null) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
