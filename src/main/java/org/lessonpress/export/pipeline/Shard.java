package org.lessonpress.export.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.UsageException;

/**
 * {@code --shard K/N}: the K-th of N disjoint parts of the inputs, so that N CI jobs export everything exactly once.
 * The inputs are put in order of their paths below the base folder (not the order they were found in, which may
 * differ from machine to machine) and dealt out in turn: the first to part 1, the second to part 2, and so on, so
 * every part has the same number of inputs, give or take one, and a few inputs never leave a part empty while
 * another holds two.
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (k >= 1 && k <= n) {
                return new Shard(k, n);
            }
        }
        throw new UsageException("--shard '" + text + "': write K/N with 1 <= K <= N, e.g. --shard 2/3 for the second of three jobs");
    }

    /** This part of {@code inputs}, in their order. */
    public List<InputFile> of(List<InputFile> inputs) {
        List<InputFile> byPath = new ArrayList<>(inputs);
        byPath.sort(Comparator.comparing(InputFile::relative).thenComparing(InputFile::name));
        Set<InputFile> mine = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = index - 1; i < byPath.size(); i += count) {
            mine.add(byPath.get(i));
        }
        List<InputFile> out = new ArrayList<>();
        for (InputFile in : inputs) {
            if (mine.contains(in)) {
                out.add(in);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
