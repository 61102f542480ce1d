package org.lessonpress.load;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where the first sentence of a text ends, for leads taken from a first sentence. The JDK's sentence
 * {@link BreakIterator} proposes the ends; one is refused when the dot ends an abbreviation of the text's language
 * ("e.g.", "vs.", "Dr.", "U.S.", "z. B."), an initial ("J. R. R."), a German-style ordinal ("am 3. Oktober"), when
 * it falls inside a quotation that closes later, or when the next word is not the start of a sentence. Decimals
 * never break ("3.5"): the iterator needs a space after the dot.
 */
final class Sentences {
    /** How far into a paragraph to look: a lead longer than this is over its limit anyway. */
    private static final int SCAN = 4 * Limits.LEAD;
    private static final String TERMINALS = ".!?…‽";
    private static final String NO_SPACE_TERMINALS = "。！？";
    /** Closing quotes and brackets that belong to the sentence they follow. */
    private static final String CLOSERS = "\"”’»›)]";
    private static final Set<String> ENGLISH = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft",
            "vs", "v", "cf", "viz", "approx", "ca", "al", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen",
            "Rep", "Rev", "Hon", "Ave", "Blvd", "Ph.D", "Ed.D");
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "de", Set.of("z.B", "d.h", "u.a", "bzw", "ca", "vgl", "Dr", "Prof", "Hr", "Fr", "Hrn", "Str", "Jh", "evtl",
                    "ggf", "inkl", "sog", "z.T", "u.U", "o.Ä", "s.o", "s.u", "St", "Mio", "Mrd", "Tel", "bspw", "Dipl", "Ing",
                    "geb", "gest"),
            "fr", Set.of("M", "MM", "Mme", "Mlle", "Dr", "Pr", "St", "Ste", "cf", "p.ex", "env", "av", "apr", "J.-C"),
            "es", Set.of("Sr", "Sra", "Srta", "Dr", "Dra", "Ud", "Uds", "Vd", "Vds", "p.ej", "aprox", "Lic", "Ing", "Av",
                    "Sto", "Sta"),
            "it", Set.of("Sig", "Sigg", "Sig.ra", "Dott", "Dott.ssa", "Prof", "Ing", "Avv", "p.es"),
            "pt", Set.of("Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "p.ex", "V.Exa", "aprox"),
            "nl", Set.of("dhr", "mevr", "mw", "bijv", "bv", "d.w.z", "o.a", "ca", "prof", "dr", "mr", "ir", "ing", "Dhr",
                    "Mevr", "Bijv"));
    /** Abbreviations that stand before a number ("No. 5", "Nov. 2024", "S. 12"); before a word they may end a sentence. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("No", "Nos", "Nr", "nr", "Vol", "Vols", "vol", "Fig", "Figs",
            "fig", "Eq", "Eqs", "ch", "Ch", "Sec", "sec", "p", "pp", "art", "Art", "Bd", "Kap", "Abb", "pág", "págs", "núm",
            "pag", "blz", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Okt", "Nov", "Dec", "Dez",
            "janv", "févr", "avr", "juil", "oct", "nov", "déc");
    /** Languages that write ordinal numbers with a dot ("am 3. Oktober"). */
    private static final Set<String> ORDINAL_DOT = Set.of("de", "da", "nb", "nn", "no", "fi", "pl", "cs", "sk", "hu", "tr",
            "sl", "hr", "sr", "bs", "et", "lv", "lt", "is", "fo");

    private Sentences() {
    }

    /**
     * The end (exclusive, before any space) of the first sentence of {@code text} when more text follows it, else -1:
     * the text is one sentence, or no sentence ends within the first few lead lengths.
     */
    static int firstEnd(String text, String languageTag) {
        String lang = primary(languageTag);
        String scanned = text.length() > SCAN ? text.substring(0, SCAN) : text;
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(languageTag));
        it.setText(scanned);
        Quotes quotes = new Quotes(scanned);
        it.first();
        for (int b = it.next(); b != BreakIterator.DONE && b < scanned.length(); b = it.next()) {
            int end = b;
            while (end > 0 && Character.isWhitespace(scanned.charAt(end - 1))) {
                end--;
            }
            if (end > 0 && isEnd(scanned, end, lang) && !quotes.openAt(end)) {
                return restIsBlank(text, end) ? -1 : end;
            }
        }
        return -1;
    }

    private static boolean restIsBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnd(String s, int end, String lang) {
        int t = end;
        while (t > 0 && CLOSERS.indexOf(s.charAt(t - 1)) >= 0) {
            t--;
        }
        if (t == 0) {
            return false;
        }
        char terminal = s.charAt(t - 1);
        if (NO_SPACE_TERMINALS.indexOf(terminal) >= 0) {
            return true;
        }
        if (TERMINALS.indexOf(terminal) < 0 || end >= s.length() || !Character.isWhitespace(s.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
            next++;
        }
        if (next < s.length() && startsNoSentence(s.charAt(next))) {
            return false;
        }
        return terminal != '.' || !isAbbreviation(s, t - 1, lang, next);
    }

    /** A sentence does not start with a small letter or with punctuation that continues the one before. */
    private static boolean startsNoSentence(char c) {
        return Character.isLowerCase(c) || ",;:)]}".indexOf(c) >= 0;
    }

    /** Whether the dot at {@code dot} ends an abbreviation, an initial or an ordinal rather than a sentence. */
    private static boolean isAbbreviation(String s, int dot, String lang, int next) {
        int start = dot;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.'
                || s.charAt(start - 1) == '-' && start > 1 && s.charAt(start - 2) == '.')) {
            start--;
        }
        String word = s.substring(start, dot);
        if (word.isEmpty()) {
            return ordinal(s, dot, lang, next);
        }
        boolean standsAlone = start == 0 || Character.isWhitespace(s.charAt(start - 1)) || "(“\"‘'[".indexOf(s.charAt(start - 1)) >= 0;
        if (standsAlone && (word.length() == 1 || word.matches("(\\p{L}\\.)+\\p{L}"))) {
            return true; // an initial, or letters with dots: U.S., e.g., i.e., a.m. (not the A of Q&A)
        }
        if (BEFORE_NUMBERS.contains(word)) {
            return next < s.length() && Character.isDigit(s.charAt(next));
        }
        Set<String> own = BY_LANGUAGE.get(lang);
        return ENGLISH.contains(word) || own != null && own.contains(word);
    }

    /** "am 3. Oktober": one or two digits and a dot, in a language that writes ordinals so. */
    private static boolean ordinal(String s, int dot, String lang, int next) {
        if (!ORDINAL_DOT.contains(lang)) {
            return false;
        }
        int digits = 0;
        for (int i = dot - 1; i >= 0 && Character.isDigit(s.charAt(i)); i--) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && next < s.length() && Character.isLetter(s.charAt(next));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * Which quotations are open at a position: “…”, „…“, «…» and "…". A candidate end inside an open quotation is
     * refused only if the quotation closes later, so one stray quote mark cannot swallow a paragraph.
     */
    private static final class Quotes {
        private final String s;
        private int pos;
        private final java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();

        Quotes(String s) {
            this.s = s;
        }

        boolean openAt(int end) {
            for (; pos < end; pos++) {
                char c = s.charAt(pos);
                Character top = open.peek();
                if (top != null && closes(top, c)) {
                    open.pop();
                } else if (c == '“' || c == '„' || c == '«' || c == '"') {
                    open.push(c);
                }
            }
            Character top = open.peek();
            if (top == null) {
                return false;
            }
            for (int i = end; i < s.length(); i++) {
                if (closes(top, s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean closes(char opener, char c) {
            return switch (opener) {
                case '“' -> c == '”';
                case '„' -> c == '“' || c == '”';
                case '«' -> c == '»';
                default -> c == '"';
            };
        }
    }
}
