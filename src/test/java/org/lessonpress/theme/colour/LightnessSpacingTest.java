package org.lessonpress.theme.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.theme.Rgb;

/** The dynamic programme against brute force: the same least total cost, the same feasibility. */
class LightnessSpacingTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void findsTheCheapestOrderKeepingChoiceThatBruteForceFinds(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(3);
        List<List<HueLine.Option>> options = new ArrayList<>();
        double[] lightness = new double[n];
        for (int i = 0; i < n; i++) {
            lightness[i] = random.nextInt(100);
            List<HueLine.Option> opts = new ArrayList<>();
            for (int k = 0; k < 2 + random.nextInt(6); k++) {
                double l = random.nextInt(100);
                opts.add(new HueLine.Option(new Rgb(i, k, 0), l, Lab.luminance(l), Math.abs(l - lightness[i]) + random.nextInt(5)));
            }
            opts.sort(Comparator.comparingDouble(HueLine.Option::lightness));
            options.add(opts);
        }
        double separation = 4 + random.nextInt(12);
        List<HueLine.Option> chosen = LightnessSpacing.choose(options, lightness, separation);
        double best = brute(options, lightness, separation, 0, new HueLine.Option[n]);
        if (best == Double.POSITIVE_INFINITY) {
            assertThat(chosen).isNull();
            return;
        }
        assertThat(chosen).isNotNull();
        assertThat(cost(chosen)).isCloseTo(best, within(1e-9));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (lightness[i] < lightness[j] || lightness[i] == lightness[j] && i < j) {
                    assertThat(chosen.get(j).lightness() - chosen.get(i).lightness()).isGreaterThanOrEqualTo(separation - 1e-9);
                }
            }
        }
    }

    private static double brute(List<List<HueLine.Option>> options, double[] lightness, double separation, int i,
                                HueLine.Option[] pick) {
        if (i == options.size()) {
            for (int a = 0; a < pick.length; a++) {
                for (int b = 0; b < pick.length; b++) {
                    boolean below = lightness[a] < lightness[b] || lightness[a] == lightness[b] && a < b;
                    if (below && pick[b].lightness() - pick[a].lightness() < separation - 1e-9) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            return cost(List.of(pick));
        }
        double best = Double.POSITIVE_INFINITY;
        for (HueLine.Option o : options.get(i)) {
            pick[i] = o;
            best = Math.min(best, brute(options, lightness, separation, i + 1, pick));
        }
        return best;
    }

    private static double cost(List<HueLine.Option> chosen) {
        return chosen.stream().mapToDouble(o -> o.distance() * o.distance()).sum();
    }
}
