package org.lessonpress.typeset;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one place that decides where a line may break, for every format and both breakers: at spaces (unless
 * {@link Ties} holds the words together), at forced breaks, after hyphens, dashes and slashes inside words, at the
 * cut points of URLs and code, at hyphenation points of the document's language, at soft hyphens and zero-width
 * spaces the author typed, and, in words long enough to be wider than a narrow line, between any two characters
 * as a last resort. A break never falls before a combining mark or inside a surrogate pair or joiner sequence.
 */
public final class BreakOpportunities {
    public static final char SOFT_HYPHEN = '\u00ad';
    public static final char ZERO_WIDTH_SPACE = '\u200b';
    public static final char WORD_JOINER = '\u2060';
    private static final char ZERO_WIDTH_JOINER = '\u200d';

    /** After these a URL or a piece of code may be cut, with no hyphen added (one list, for every format). */
    static final String URL_CUT_AFTER = "/.-_?&=#~+%,;";
    /** After these a word may break: hyphens, en and em dashes, the slash of "and/or". */
    static final String BREAK_AFTER = "-\u2010\u2013\u2014/";
    /**
     * Words of at least this many characters also get last-resort cut points, in case one is wider than its line:
     * no line is narrower than about eight ems, and shorter words are narrower than that.
     */
    static final int LAST_RESORT_MIN_CHARS = 8;

    /** A break inside a word. */
    public enum Cut {
        /** A hyphenation point from the patterns: the line ends in an added hyphen. */
        HYPHENATION,
        /** A soft hyphen the author typed: an added hyphen too. */
        SOFT_HYPHEN,
        /** After a hyphen, dash or slash in the text: nothing is added. */
        EXPLICIT,
        /** A cut point of a URL or of code: nothing is added. */
        URL,
        /** Between any two characters of a word wider than the line: a hyphen between letters in body text. */
        LAST_RESORT;

        /** The kinds by ordinal, without the copy {@code values()} makes on each call. */
        static final Cut[] ALL = values();
    }

    /** Receives the opportunities in text order. */
    public interface Sink {
        /** The whitespace {@code text[start, end)}, breakable or tied. */
        void space(int start, int end, Ties.Space kind);

        /** A forced break: the line feed at {@code at}. */
        void lineBreak(int at);

        /** A word {@code text[from, to)} starts; {@code url} when it is a URL or code (cut without hyphens). */
        void word(int from, int to, boolean url);

        /** A break between {@code text[at - 1]} and {@code text[at]} (for a soft hyphen, {@code at} is the hyphen). */
        void cut(int at, Cut kind);
    }

    private final Hyphenator hyphenator;
    private final Ties ties;
    private final BreakScans shared;

    public BreakOpportunities(Hyphenator hyphenator, Ties ties) {
        this(hyphenator, ties, null);
    }

    /** Opportunities that reuse the scans kept in {@code shared} (null: none) and keep their own there. */
    BreakOpportunities(Hyphenator hyphenator, Ties ties, BreakScans shared) {
        this.hyphenator = hyphenator;
        this.ties = ties;
        this.shared = shared;
    }

    /** What the hyphenation depends on, for {@link BreakScans}. */
    Object patterns() {
        return hyphenator.behaviour();
    }

    String tiesLanguage() {
        return ties.language();
    }

    /** The characters that separate words (a soft break has become a space by now). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u202f' || c == '\u2007' || c == '\u3000'
                || c == '\u205f' || (c >= '\u2000' && c <= '\u200a') || c == ZERO_WIDTH_SPACE || c == WORD_JOINER;
    }

    /**
     * Reports every opportunity of {@code text}; {@code literal[i]} marks code, which is never hyphenated.
     * Linear in the length of the text.
     */
    public void scan(String text, boolean[] literal, Sink sink) {
        if (shared != null) {
            shared.scan(this, text, literal, sink);
        } else {
            scanText(text, literal, sink);
        }
    }

    /** {@link #scan}, always scanning. */
    void scanText(String text, boolean[] literal, Sink sink) {
        int n = text.length();
        int i = 0;
        boolean first = true;
        boolean name = false;
        int wordStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                sink.lineBreak(i);
                first = true;
                i++;
            } else if (isSpace(c)) {
                int j = i;
                boolean onlyZeroWidth = true;
                while (j < n && isSpace(text.charAt(j))) {
                    onlyZeroWidth &= text.charAt(j) == ZERO_WIDTH_SPACE;
                    j++;
                }
                Ties.Space kind = onlyZeroWidth ? Ties.Space.BREAK : ties.space(text, i, j, first);
                sink.space(i, j, kind);
                // A name after an initial stays whole: "A. Re-viewer" reads as two people.
                name = kind == Ties.Space.TIE && Ties.isInitial(text.substring(wordStart, i));
                first = false;
                i = j;
            } else {
                int j = i;
                while (j < n && text.charAt(j) != '\n' && !isSpace(text.charAt(j))) {
                    j++;
                }
                word(text, i, j, literal, name, sink);
                wordStart = i;
                name = false;
                i = j;
            }
        }
    }

    /** The cuts inside the word {@code text[from, to)}, sorted, one per position (the most natural kind wins). */
    private void word(String text, int from, int to, boolean[] literal, boolean name, Sink sink) {
        Cuts cuts = new Cuts();
        boolean code = false;
        boolean soft = false;
        for (int i = from; i < to; i++) {
            code |= literal[i];
            soft |= text.charAt(i) == SOFT_HYPHEN;
        }
        boolean url = code || looksLikeUrl(text, from, to);
        sink.word(from, to, url);
        // An author's soft hyphens say where the word breaks: the patterns are not asked (as in TeX).
        boolean patterns = !url && !soft && !name && hyphenator.enabled();
        int part = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean inside = i > from && i + 1 < to;
            if (c == SOFT_HYPHEN) {
                cuts.add(i, Cut.SOFT_HYPHEN);
            } else if (inside && url && URL_CUT_AFTER.indexOf(c) >= 0 && !(c == '/' && text.charAt(i + 1) == '/')) {
                cuts.add(i + 1, Cut.URL);
            } else if (inside && !url && BREAK_AFTER.indexOf(c) >= 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                cuts.add(i + 1, Cut.EXPLICIT);
            }
            if (patterns && BREAK_AFTER.indexOf(c) >= 0) {
                hyphenate(text, part, i, cuts);
                part = i + 1;
            }
        }
        if (patterns) {
            hyphenate(text, part, to, cuts);
        }
        if (text.codePointCount(from, to) >= LAST_RESORT_MIN_CHARS) {
            for (int i = from + 1; i < to; i++) {
                cuts.add(i, Cut.LAST_RESORT);
            }
        }
        cuts.emit(text, from, sink);
    }

    /** Hyphenation points of one part of a word (the parts of "well-known" are hyphenated apart). */
    private void hyphenate(String text, int from, int to, Cuts cuts) {
        if (to - from >= Hyphenator.MIN_WORD) {
            for (int p : hyphenator.points(text.substring(from, to))) {
                cuts.add(from + p, Cut.HYPHENATION);
            }
        }
    }

    /** The cuts of one word as (position, kind) keys, sorted and reported once per position. */
    private static final class Cuts {
        private long[] keys = new long[8];
        private int count;

        void add(int at, Cut kind) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
            }
            // Sorted by position, then by kind: the first kind listed in Cut wins where two meet.
            keys[count++] = ((long) at << 8) | kind.ordinal();
        }

        void emit(String text, int from, Sink sink) {
            Arrays.sort(keys, 0, count);
            int last = -1;
            for (int k = 0; k < count; k++) {
                int at = (int) (keys[k] >>> 8);
                if (at == last || at <= from || !breakableBefore(text, at)) {
                    continue;
                }
                sink.cut(at, Cut.ALL[(int) (keys[k] & 0xff)]);
                last = at;
            }
        }
    }

    /** False where a break would split a character: before a mark, inside a pair, around a joiner. */
    static boolean breakableBefore(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        char prev = text.charAt(at - 1);
        if (Character.isLowSurrogate(c) || c == ZERO_WIDTH_JOINER || prev == ZERO_WIDTH_JOINER || c == WORD_JOINER
                || prev == WORD_JOINER) {
            return false;
        }
        int cp = text.codePointAt(at);
        int type = Character.getType(cp);
        boolean variation = (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
        boolean skinTone = cp >= 0x1f3fb && cp <= 0x1f3ff;
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !variation && !skinTone;
    }

    /** "https://…", "www.…", "mailto:…", after any opening punctuation. */
    private static boolean looksLikeUrl(String text, int from, int to) {
        int start = from;
        while (start < to && "(<[\"“‘'".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (startsWithAsciiIgnoringCase(text, start, to, "www.") || startsWithAsciiIgnoringCase(text, start, to, "mailto:")) {
            return true;
        }
        for (int i = start; i + 3 <= to; i++) {
            if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text[at, to)} starts with the lower-case ASCII {@code prefix}, capitals folded: what lower-casing
     * the word would say (no other character lower-cases to these), without making a string for every word.
     */
    private static boolean startsWithAsciiIgnoringCase(String text, int at, int to, String prefix) {
        if (to - at < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(at + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
