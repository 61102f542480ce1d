package org.lessonpress.load;

import java.util.Objects;

/**
 * How to read an input.
 *
 * @param from         the reader to use ({@code --from}); empty: chosen by the file's extension, else by its content
 * @param keepTrailing keep what looks like a web page's footer after the essay ({@code --keep-trailing})
 * @param maxBytes     refuse larger inputs ({@code --max-input-size})
 */
public record ReadOptions(String from, boolean keepTrailing, long maxBytes) {
    /** Chosen by extension or content, footers left out, the default size limit. */
    public static final ReadOptions DEFAULT = new ReadOptions("", false, Limits.INPUT_BYTES);

    public ReadOptions {
        from = Objects.requireNonNullElse(from, "");
    }

    public ReadOptions withMaxBytes(long max) {
        return new ReadOptions(from, keepTrailing, max);
    }

    // Written out: a record's generated equals and hashCode bootstrap method handles on first use, a cost in start-up.
    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOptions r && r.from.equals(from) && r.keepTrailing == keepTrailing && r.maxBytes == maxBytes;
    }

    @Override
    public int hashCode() {
        return (from.hashCode() * 31 + Boolean.hashCode(keepTrailing)) * 31 + Long.hashCode(maxBytes);
    }
}
