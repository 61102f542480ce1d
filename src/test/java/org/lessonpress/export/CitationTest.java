package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
    private static final String URL = "https://eugeneyan.com/writing/conf-lessons/";

    @Test
    void theSourceUrlAndItsSeparatorLeaveTheCitation() {
        assertThat(Citation.withoutSource("Yan, Ziyou. (Nov 2024). 39 Lessons. eugeneyan.com. " + URL + ".", URL))
                .isEqualTo("Yan, Ziyou. (Nov 2024). 39 Lessons. eugeneyan.com.");
        assertThat(Citation.withoutSource("Yan (2024), <" + URL + ">, accessed 2025.", URL)).isEqualTo("Yan (2024), accessed 2025.");
        assertThat(Citation.withoutSource("Yan (2024). eugeneyan.com/writing/conf-lessons", URL)).isEqualTo("Yan (2024).");
        assertThat(Citation.withoutSource("Yan (2024). HTTPS://EugeneYan.com/writing/conf-lessons/", URL)).isEqualTo("Yan (2024).");
    }

    @Test
    void aCitationWithoutTheUrlOrWithoutASourceStaysAsWritten() {
        assertThat(Citation.withoutSource("Test Author (2025).", "https://example.org/43")).isEqualTo("Test Author (2025).");
        assertThat(Citation.withoutSource("See https://example.org/x.", "")).isEqualTo("See https://example.org/x.");
        assertThat(Citation.withoutSource("", URL)).isEmpty();
        assertThat(Citation.withoutSource(URL, URL)).isEmpty();
    }
}
