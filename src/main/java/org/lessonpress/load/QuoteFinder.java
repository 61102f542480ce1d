package org.lessonpress.load;

/**
 * Finds a quotation with its attribution inside running text, as plain-text essays write them:
 * {@code “There’s a large class of problems…” — Andrej Karpathy}. The quotation starts a sentence, its closing mark is
 * followed by a dash and a name, and the name runs to the end of its sentence ("— Will Larson. Thus, …").
 */
final class QuoteFinder {
    /** Longest attribution taken for a name; a longer one is prose after a dash, not a name. */
    private static final int NAME_CHARS = 100;
    private static final int NAME_WORDS = 12;

    /**
     * A quotation found in a text: {@code [start, quoteEnd)} is the quotation with its marks, {@code [nameStart,
     * nameEnd)} the name (without the dash and the sentence's final dot), {@code end} where the text goes on.
     */
    record Found(int start, int quoteEnd, int nameStart, int nameEnd, int end) {
    }

    private QuoteFinder() {
    }

    /** The first quotation with an attribution at or after {@code from}, or null. */
    static Found find(String s, int from, String language) {
        for (int i = from; i < s.length(); i++) {
            char open = s.charAt(i);
            if ((open != '“' && open != '"' && open != '„' && open != '«') || !startsSentence(s, i)) {
                continue;
            }
            int close = s.indexOf(closer(open), i + 1);
            if (open == '„' && close < 0) {
                close = s.indexOf('”', i + 1);
            }
            if (close < 0) {
                return null;
            }
            Found f = attribution(s, i, close + 1, language);
            if (f != null) {
                return f;
            }
            i = close;
        }
        return null;
    }

    private static char closer(char open) {
        return switch (open) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            default -> '"';
        };
    }

    private static boolean startsSentence(String s, int i) {
        int p = i - 1;
        while (p >= 0 && Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        return p < 0 || ".!?…:".indexOf(s.charAt(p)) >= 0;
    }

    private static Found attribution(String s, int start, int quoteEnd, String language) {
        int p = quoteEnd;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p < s.length() && "—―–".indexOf(s.charAt(p)) >= 0) {
            p++;
        } else if (s.startsWith("--", p)) {
            p += 2;
        } else {
            return null;
        }
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length() || !Character.isLetter(s.charAt(p))) {
            return null;
        }
        String rest = s.substring(p);
        int sentence = Sentences.firstEnd(rest, language);
        int nameEnd = sentence < 0 ? s.length() : p + sentence;
        int end = nameEnd;
        while (nameEnd > p && (Character.isWhitespace(s.charAt(nameEnd - 1)) || s.charAt(nameEnd - 1) == '.')) {
            nameEnd--;
        }
        String name = s.substring(p, nameEnd);
        if (name.isEmpty() || name.length() > NAME_CHARS || name.split("\\s+").length > NAME_WORDS) {
            return null;
        }
        return new Found(start, quoteEnd, p, nameEnd, end);
    }
}
