package org.lessonpress.typeset;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which spaces a line may not break at, so the author need not type no-break spaces: after the dash that opens an
 * attribution ("— A. Reviewer"), before a spaced dash (a line never starts with one), between an initial and a name,
 * around operators ("1 + 1 = 2"), between a number and what it counts ("18 months", "10 ×"), after short
 * abbreviations ("e.g. this", "vs. that"). One table, with what differs per language: French sets a thin no-break
 * space before {@code ; : ! ?} and inside « », Polish, Czech and Slovak keep one-letter words with the next word.
 * A tie changes where lines break, never the text a reader extracts.
 */
public final class Ties {

    /** What a space between two words is. */
    public enum Space {
        /** A line may break here. */
        BREAK,
        /** A no-break space: stretches with the line but never ends it. */
        TIE,
        /** A thin no-break space of fixed width (French punctuation). */
        THIN_TIE
    }

    /** Abbreviations after which a line never breaks, in every language (lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "vs.", "cf.", "viz.", "approx.", "ca.", "dr.",
            "mr.", "mrs.", "ms.", "prof.", "st.", "no.", "nr.", "p.", "pp.", "fig.", "figs.", "vol.", "ch.", "sec.", "eq.",
            "art.", "n°", "§");

    /** More per language (lower case): German "z. B.", French "p. ex.", Polish "np."... */
    private static final Map<String, Set<String>> LANGUAGE_ABBREVIATIONS = Map.of(
            "de", Set.of("z.", "b.", "d.", "h.", "u.", "a.", "s.", "bzw.", "vgl.", "hr.", "fr.", "abs.", "bd."),
            "fr", Set.of("m.", "mm.", "mme", "mlle", "p.", "ex.", "c.-à-d.", "chap.", "env."),
            "pl", Set.of("np.", "tj.", "m.in.", "ul.", "nr", "dr", "godz.", "tzw."),
            "es", Set.of("sr.", "sra.", "d.", "dña.", "pág.", "núm."),
            "it", Set.of("sig.", "sig.ra", "pag.", "ecc."),
            "nl", Set.of("bijv.", "dhr.", "mevr.", "blz."),
            "pt", Set.of("sr.", "sra.", "pág.", "ex."));

    /** Languages whose one-letter words (prepositions, conjunctions) never end a line. */
    private static final Set<String> ONE_LETTER_WORDS_STAY = Set.of("pl", "cs", "sk");

    /** Operators that bind the words either side of them. */
    private static final String OPERATORS = "+−×÷=≠≈≡<>≤≥±∓·*^→←↔⇒";

    private final String language;
    private final Set<String> abbreviations;
    private final boolean french;
    private final boolean oneLetterWords;

    private Ties(String language) {
        this.language = language;
        this.abbreviations = LANGUAGE_ABBREVIATIONS.getOrDefault(language, Set.of());
        this.french = language.equals("fr");
        this.oneLetterWords = ONE_LETTER_WORDS_STAY.contains(language);
    }

    /** The ties for a BCP 47 tag ({@code fr-CA} ties as French). */
    public static Ties forLanguage(String tag) {
        return new Ties(Locale.forLanguageTag(tag).getLanguage());
    }

    public String language() {
        return language;
    }

    /**
     * What the space {@code text[start, end)} is, from the words either side (the text runs from the previous space
     * to the next); {@code first} is true when the word before it opens the text or follows a forced break.
     */
    Space space(CharSequence text, int start, int end, boolean first) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u202f') {
                return Space.THIN_TIE;
            }
            if (c == '\u00a0' || c == '\u2007' || c == BreakOpportunities.WORD_JOINER) {
                return Space.TIE;
            }
        }
        String before = wordBefore(text, start);
        String after = wordAfter(text, end);
        if (before.isEmpty() || after.isEmpty()) {
            return Space.BREAK;
        }
        if (french && (isAny(after, ";:!?»") || before.equals("«"))) {
            return Space.THIN_TIE;
        }
        if (tied(before, after, first)) {
            return Space.TIE;
        }
        return Space.BREAK;
    }

    private boolean tied(String before, String after, boolean first) {
        char b0 = before.charAt(0);
        char a0 = after.charAt(0);
        // "— A. Reviewer": the attribution's dash stays with the name.
        if (first && before.length() == 1 && isDash(b0)) {
            return true;
        }
        // A spaced dash ends its line rather than start the next.
        if (after.length() == 1 && isDash(a0)) {
            return true;
        }
        // "A. Reviewer", "J. R. R. Tolkien".
        if (isInitial(before) && Character.isUpperCase(a0)) {
            return true;
        }
        // "1 + 1 + 1 = 5", "a ≤ b".
        if (isOperator(before) || isOperator(after)) {
            return true;
        }
        // "18 months", "10 ×", "3 %".
        if (isNumber(before) && (Character.isLetter(a0) || after.length() == 1)) {
            return true;
        }
        String lower = strip(before).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || abbreviations.contains(lower)) {
            return true;
        }
        return oneLetterWords && lower.length() == 1 && Character.isLetter(lower.charAt(0));
    }

    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013';
    }

    /** One capital letter and a full stop, after any opening punctuation. */
    static boolean isInitial(String w) {
        String s = strip(w);
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    /** One operator sign between spaces. A spaced hyphen-minus is a dash more often than a minus: not one. */
    private static boolean isOperator(String w) {
        return w.length() == 1 && OPERATORS.indexOf(w.charAt(0)) >= 0;
    }

    private static boolean isNumber(String w) {
        String s = strip(w);
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != '\u202f' && c != '\'') {
                return false;
            }
        }
        // A number closing a sentence ("in 2024.") does not hold on to the next sentence.
        return Character.isDigit(s.charAt(s.length() - 1)) || !w.endsWith(".");
    }

    private static boolean isAny(String w, String chars) {
        return w.length() >= 1 && chars.indexOf(w.charAt(0)) >= 0 && (w.length() == 1 || !Character.isLetterOrDigit(w.charAt(1)));
    }

    /** The word without the opening punctuation before it: "(e.g." is "e.g.". */
    private static String strip(String w) {
        int i = 0;
        while (i < w.length() - 1 && "([{“‘«„\"'".indexOf(w.charAt(i)) >= 0) {
            i++;
        }
        return w.substring(i);
    }

    /** The characters from the space before {@code at} up to it; bounded, as no tie depends on a long word. */
    private static String wordBefore(CharSequence text, int at) {
        int i = at;
        while (i > 0 && at - i < 16 && !BreakOpportunities.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return text.subSequence(i, at).toString();
    }

    private static String wordAfter(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && i - at < 16 && !BreakOpportunities.isSpace(text.charAt(i))) {
            i++;
        }
        return text.subSequence(at, i).toString();
    }
}
