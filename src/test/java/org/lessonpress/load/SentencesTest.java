package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a first sentence ends: the lead of every lesson without a bold one. */
class SentencesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Recall vs. precision matter. Then more. | Recall vs. precision matter.",
        "en | Ask Dr. Smith first. He knows. | Ask Dr. Smith first.",
        "en | The U.S. Army was there. Then it left. | The U.S. Army was there.",
        "en | Use e.g. Redis or i.e. a cache. Done. | Use e.g. Redis or i.e. a cache.",
        "en | It costs 3.5 dollars. Cheap. | It costs 3.5 dollars.",
        "en | He said “Stop. Think.” Then he left. | He said “Stop. Think.”",
        "en | J. R. R. Tolkien wrote it. Read it. | J. R. R. Tolkien wrote it.",
        "en | Costs fell (two orders in 18 months!), fast. Then more. | Costs fell (two orders in 18 months!), fast.",
        "en | Keep it friendly during Q&A. The hard questions wait. | Keep it friendly during Q&A.",
        "en | Trust, security, etc. Costs will drop. | Trust, security, etc.",
        "en | See No. 5 for more. Or not. | See No. 5 for more.",
        "en | Is it worth it? Yes. | Is it worth it?",
        "en | One sentence only. | ",
        "en | No end at all | ",
        "de | Am 3. Oktober begann es. Dann nicht. | Am 3. Oktober begann es.",
        "de | Nimm z.B. Kaffee. Oder Tee. | Nimm z.B. Kaffee.",
        "fr | Voir M. Dupont demain. Il sait. | Voir M. Dupont demain.",
        "ja | 最初の文です。次の文です。 | 最初の文です。",
    })
    void firstSentence(String language, String text, String lead) {
        int end = Sentences.firstEnd(text, language);
        assertThat(end < 0 ? null : text.substring(0, end)).isEqualTo(lead);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10000", "1000000"})
    void aHugeParagraphIsScannedOnlyAsFarAsALeadCanGo(int length) {
        String text = "word ".repeat(length / 5) + ". Next.";
        assertThat(Sentences.firstEnd(text, "en")).isEqualTo(-1);
    }
}
