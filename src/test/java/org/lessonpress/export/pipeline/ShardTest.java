package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {
    private static List<InputFile> inputs(int n) {
        List<InputFile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String rel = "team-" + (i % 7) + "/lesson-" + i + ".md";
            out.add(new InputFile("lessons/" + rel, null, rel, InputFile.Origin.FILE));
        }
        return out;
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void theShardsOfARunTakeEveryInputExactlyOnceWhateverTheOrder(int n) {
        List<InputFile> all = inputs(200);
        List<InputFile> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));
        Set<String> seen = new HashSet<>();
        for (int k = 1; k <= n; k++) {
            Shard shard = new Shard(k, n);
            List<String> mine = shard.of(all).stream().map(InputFile::relative).toList();
            List<String> mineShuffled = shard.of(shuffled).stream().map(InputFile::relative).sorted().toList();
            assertThat(mineShuffled).as("by path, not by order").isEqualTo(mine.stream().sorted().toList());
            for (String r : mine) {
                assertThat(seen.add(r)).as(r + " in one shard only").isTrue();
            }
            assertThat(mine.size()).as("a 1/N share, rounded").isBetween(200 / n, (200 + n - 1) / n);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aShardKeepsTheOrderOfTheInputsAndNoShardOfFewInputsIsEmpty() {
        List<InputFile> four = inputs(4);
        List<Integer> sizes = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<InputFile> mine = new Shard(k, 3).of(four);
            assertThat(four).as("in the order given").containsSubsequence(mine);
            sizes.add(mine.size());
        }
        assertThat(sizes).containsExactly(2, 1, 1);
        assertThat(new Shard(3, 3).of(inputs(2))).as("fewer inputs than shards: the last has none").isEmpty();
    }

    @Test
    void parsesKOfN() {
        assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/3")) {
            assertThatThrownBy(() -> Shard.parse(bad)).hasMessageContaining("write K/N with 1 <= K <= N");
        }
    }
}
