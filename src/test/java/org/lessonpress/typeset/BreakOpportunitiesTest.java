package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where lines may break: spaces and ties, cuts inside words, and never inside a character. */
class BreakOpportunitiesTest {

    /** The text with "|" at every breakable space, "~" at a tie, "^" at a thin tie and "/" at every cut of a kind. */
    private static String marked(String lang, String text, BreakOpportunities.Cut kind) {
        BreakOpportunities b = new BreakOpportunities(Hyphenator.forLanguage(lang), Ties.forLanguage(lang));
        StringBuilder out = new StringBuilder();
        int[] pos = {0};
        b.scan(text, new boolean[text.length()], new BreakOpportunities.Sink() {
            @Override
            public void space(int start, int end, Ties.Space k) {
                out.append(text, pos[0], start).append(k == Ties.Space.BREAK ? "|" : k == Ties.Space.TIE ? "~" : "^");
                pos[0] = end;
            }

            @Override
            public void lineBreak(int at) {
                out.append(text, pos[0], at).append("\\n");
                pos[0] = at + 1;
            }

            @Override
            public void word(int from, int to, boolean url) {
            }

            @Override
            public void cut(int at, BreakOpportunities.Cut k) {
                if (k == kind) {
                    out.append(text, pos[0], at).append('/');
                    pos[0] = at;
                }
            }
        });
        return out.append(text.substring(pos[0])).toString();
    }

    /** The words of {@code text} the scan takes for URLs or code, which are cut without hyphens. */
    private static java.util.List<String> urls(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        new BreakOpportunities(Hyphenator.forLanguage("en"), Ties.forLanguage("en")).scan(text, new boolean[text.length()],
                new BreakOpportunities.Sink() {
                    @Override
                    public void space(int start, int end, Ties.Space k) {
                    }

                    @Override
                    public void lineBreak(int at) {
                    }

                    @Override
                    public void word(int from, int to, boolean url) {
                        if (url) {
                            out.add(text.substring(from, to));
                        }
                    }

                    @Override
                    public void cut(int at, BreakOpportunities.Cut k) {
                    }
                });
        return out;
    }

    @Test
    void urlsAreKnownByTheirSchemeOrWwwOrMailtoInAnyCaseAfterOpeningPunctuation() {
        assertThat(urls("see (WWW.Example.ORG/a) or https://x.y/z, Mailto:a@b.c and \u201cwww.q.r\u201d"))
                .containsExactly("(WWW.Example.ORG/a)", "https://x.y/z,", "Mailto:a@b.c", "\u201cwww.q.r\u201d");
        assertThat(urls("wwwx.org mail:to www mailto ftp:/x wW.w.x")).isEmpty();
    }

    private static String ties(String lang, String text) {
        return marked(lang, text, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "— A. Reviewer;—~A.~Reviewer",
        "— J. R. R. Tolkien, The Hobbit;—~J.~R.~R.~Tolkien,|The|Hobbit",
        "and 1 + 1 + 1 = 5 here;and|1~+~1~+~1~=~5~here",
        "took 18 months;took|18~months",
        "it is 10 × faster;it|is|10~×~faster",
        "some, e.g. this one;some,|e.g.~this|one",
        "apples vs. oranges;apples|vs.~oranges",
        "he wrote — in haste — a note;he|wrote~—|in|haste~—|a|note",
        "in 2024. Then;in|2024.|Then",
    })
    void englishTies(String text, String expected) {
        assertThat(ties("en", text)).isEqualTo(expected);
    }

    @Test
    void frenchSetsThinNoBreakSpacesAtItsPunctuation() {
        assertThat(ties("fr", "« Le mieux » ; vraiment ? Oui !")).isEqualTo("«^Le|mieux^»^;|vraiment^?|Oui^!");
        // other languages break there as written
        assertThat(ties("en", "Merci ! Danke!")).isEqualTo("Merci|!|Danke!");
        assertThat(ties("de", "das ist z. B. so")).isEqualTo("das|ist|z.~B.~so");
        assertThat(ties("pl", "Dom w lesie i rzeka")).isEqualTo("Dom|w~lesie|i~rzeka");
    }

    @Test
    void noBreakSpacesTheAuthorTypedHold() {
        assertThat(ties("en", "a\u00a0b c\u202fd")).isEqualTo("a~b|c^d");
    }

    @Test
    void hyphensDashesAndSlashesBreakAfterThem() {
        assertThat(marked("en", "well-known and/or 2020–2024 word—word", BreakOpportunities.Cut.EXPLICIT))
                .isEqualTo("well-/known|and//or|2020–/2024|word—/word");
    }

    @Test
    void urlsAreCutAtTheirSeparatorsOnly() {
        assertThat(marked("en", "https://example.org/a-b/c?d=e", BreakOpportunities.Cut.URL))
                .isEqualTo("https:///example./org//a-/b//c?/d=/e");
        assertThat(marked("en", "https://example.org/a-b/c?d=e", BreakOpportunities.Cut.HYPHENATION))
                .isEqualTo("https://example.org/a-b/c?d=e");
    }

    @Test
    void hyphenationPointsFollowTheLanguageAndSkipCode() {
        assertThat(marked("en", "implementation", BreakOpportunities.Cut.HYPHENATION)).isEqualTo("im/ple/men/ta/tion");
        assertThat(marked("de", "Silbentrennung", BreakOpportunities.Cut.HYPHENATION)).isEqualTo("Sil/ben/tren/nung");
        assertThat(marked("en", "state-of-the-art representation", BreakOpportunities.Cut.HYPHENATION))
                .isEqualTo("state-of-the-art|rep/re/sen/ta/tion");
        BreakOpportunities b = new BreakOpportunities(Hyphenator.forLanguage("en"), Ties.forLanguage("en"));
        List<BreakOpportunities.Cut> cuts = new ArrayList<>();
        boolean[] code = new boolean[14];
        java.util.Arrays.fill(code, true);
        b.scan("implementation", code, new BreakOpportunities.Sink() {
            public void space(int s, int e, Ties.Space k) {
            }

            public void lineBreak(int at) {
            }

            public void word(int f, int t, boolean url) {
                assertThat(url).isTrue();
            }

            public void cut(int at, BreakOpportunities.Cut k) {
                cuts.add(k);
            }
        });
        assertThat(cuts).containsOnly(BreakOpportunities.Cut.LAST_RESORT);
    }

    @Test
    void softHyphensReplaceThePatterns() {
        assertThat(marked("en", "co\u00adoperation", BreakOpportunities.Cut.SOFT_HYPHEN)).isEqualTo("co/\u00adoperation");
        assertThat(marked("en", "co\u00adoperation", BreakOpportunities.Cut.HYPHENATION)).isEqualTo("co\u00adoperation");
    }

    @Test
    void lastResortCutsNeverSplitACharacter() {
        // e + combining acute, a surrogate pair, a ZWJ emoji sequence, a variation selector
        String word = "cafe\u0301\uD835\uDC00x\uD83D\uDC69\u200D\uD83D\uDCBBy\u2764\uFE0Fzzzz";
        String cut = marked("en", word, BreakOpportunities.Cut.LAST_RESORT);
        assertThat(cut.replace("/", "")).isEqualTo(word);
        assertThat(cut).doesNotContain("e/\u0301").doesNotContain("\uD835/\uDC00").doesNotContain("/\u200D")
                .doesNotContain("\u200D/").doesNotContain("/\uFE0F");
        assertThat(cut).contains("c/a/f/e\u0301/");
        // short words get none: they fit any line
        assertThat(marked("en", "short", BreakOpportunities.Cut.LAST_RESORT)).isEqualTo("short");
    }

    @Test
    void forcedBreaksAreReported() {
        assertThat(ties("en", "one\ntwo three")).isEqualTo("one\\ntwo|three");
    }
}
