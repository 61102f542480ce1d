package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.theme.Rgb;

/** The display-text checks the card and slide size searches ask of every line they try. */
class TextBoxTest {
    private static TextBox box(String... lines) {
        List<TextBox.Line> out = Arrays.stream(lines)
                .map(t -> new TextBox.Line(List.of(new TextBox.Run(null, t, 10, new Rgb(0, 0, 0), null, 0, 10, 1, 0)), 10, 10, false))
                .toList();
        return new TextBox(out, 10, 12, 100);
    }

    @ParameterizedTest(name = "last line \"{0}\": {1}")
    @CsvSource(delimiter = ';', value = {
        "right.;true",          // one word of five letters
        "world!;true",
        "fundamentals.;false",  // long enough to stand alone
        "is messy.;false",      // two words
        "'  ok  ';true",        // spaces at the ends do not count
        "a\tb;false",           // a tab separates words too
        "10\u00a0×;true",       // a no-break space joins: one word, no letters
        "naïveté;false",        // seven letters, one of them not ASCII
        "'';true",
    })
    void aLastLineOfOneShortWordIsLone(String last, boolean lone) {
        assertThat(box("Get the", last).endsOnLoneShortWord()).isEqualTo(lone);
        assertThat(box(last).endsOnLoneShortWord()).as("one line is never lone").isFalse();
    }

    @Test
    void aShortWordAloneBeforeTheLastLineMakesAColumnOfWords() {
        assertThat(box("The real", "world", "is messy.").isColumnOfWords()).isTrue();
        assertThat(box("Machine", "learning", "involves", "trade-offs.").isColumnOfWords()).as("long words may stack").isFalse();
        assertThat(box("The real", "world").isColumnOfWords()).as("two lines").isFalse();
        assertThat(box("The real", "world is", "messy.").isColumnOfWords()).isFalse();
    }
}
