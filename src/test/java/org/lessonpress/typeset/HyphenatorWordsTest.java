package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hyphenated words are kept with their language's patterns and shared by documents, never shared as arrays. */
class HyphenatorWordsTest {
    @Test
    void aWordHyphenatedForOneDocumentIsHyphenatedAlikeForTheNextAndCannotBeChangedThroughIt() {
        Hyphenator first = Hyphenator.forLanguage("en-GB");
        int[] points = first.points("hyphenation");
        assertThat(points).isNotEmpty();
        int[] expected = points.clone();
        points[0] = 99; // a caller that scribbles on its copy

        Hyphenator next = Hyphenator.forLanguage("en-US");
        assertThat(next.points("hyphenation")).containsExactly(expected);
        assertThat(first.points("hyphenation")).containsExactly(expected);
        // Another language's patterns keep their own words.
        assertThat(Hyphenator.forLanguage("de").points("Silbentrennung")).isNotEmpty();
        assertThat(Hyphenator.OFF.points("hyphenation")).isEmpty();
    }
}
