package org.lessonpress.export.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.UsageException;

/**
 * {@code --shard K/N}: the K-th of N disjoint parts of the inputs, so that N CI jobs export everything exactly once.
 * An input's part comes from a hash of its path below the base folder, not from its place in the list: the same
 * file lands in the same part whatever else is added, removed or found first.
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

    public boolean includes(InputFile input) {
        return part(input.relative(), count) == index - 1;
    }

    static int part(String relativePath, int count) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
            return (int) Math.floorMod(ByteBuffer.wrap(h).getLong(), (long) count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
