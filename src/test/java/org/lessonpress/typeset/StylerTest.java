package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontStyle;

/** The one walk from inlines to spans: faces that have the glyphs, code at the theme's scale, links, breaks. */
class StylerTest {
    private final Typesetter type = TypeFixture.typesetter("en");
    private final Styler styler = TypeFixture.styler(type);

    @Test
    void stylesInlinesWithRealFaces() {
        List<Span> spans = styler.inlines(List.of(new Inline.Text("a "), new Inline.Emphasis(List.of(new Inline.Text("it"))),
                new Inline.Strong(List.of(new Inline.Text("bold"))), new Inline.Code("x()"), new Inline.SoftBreak(),
                new Inline.Link("https://example.org", "", List.of(new Inline.Text("link"))), new Inline.HardBreak()),
                FontStyle.REGULAR, TypeFixture.STRICT);
        assertThat(spans).hasSize(7);
        assertThat(spans.get(1).face()).isSameAs(TypeFixture.SERIF.primary(FontStyle.ITALIC));
        assertThat(spans.get(2).face()).isSameAs(TypeFixture.SERIF.primary(FontStyle.BOLD));
        assertThat(spans.get(3).face().family()).isEqualTo("DejaVu Sans Mono");
        assertThat(spans.get(3).scale()).isCloseTo(TypeFixture.THEME.get(org.lessonpress.theme.CoreKeys.CODE_SCALE), within(1e-9));
        assertThat(spans.get(3).literal()).isTrue();
        assertThat(spans.get(4).text()).isEqualTo(" ");
        assertThat(spans.get(5).link()).isEqualTo("https://example.org");
        assertThat(spans.get(5).color()).isEqualTo(TypeFixture.BLUE);
        assertThat(spans.get(6).isLineBreak()).isTrue();
    }

    @Test
    void emphasisInsideItalicTurnsUpright() {
        List<Span> spans = styler.inlines(List.of(new Inline.Emphasis(List.of(new Inline.Text("a "),
                new Inline.Emphasis(List.of(new Inline.Text("b")))))), FontStyle.REGULAR, TypeFixture.STRICT);
        assertThat(spans.get(0).face().style()).isEqualTo(FontStyle.ITALIC);
        assertThat(spans.get(1).face().style()).isEqualTo(FontStyle.REGULAR);
    }

    @Test
    void fallbackFacesAndHardBreaksComeThroughTheLayout() {
        List<Span> spans = styler.inlines(List.of(new Inline.Text("one →"), new Inline.HardBreak(), new Inline.Text("two")),
                FontStyle.REGULAR, TypeFixture.STRICT);
        TextBox box = type.measure(spans).layout(Setting.RAGGED, 10, 13, 500);
        assertThat(box.text()).isEqualTo("one →\ntwo");
        assertThat(box.lines().get(1).baseline() - box.lines().get(0).baseline()).isCloseTo(13, within(1e-9));
        assertThat(box.lines().get(0).runs()).extracting(r -> r.face().family()).contains("DejaVu Sans");
    }

    @Test
    void aLongWordIsCutWithAHyphenAndAUrlWithout() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
        TextBox box = TypeFixture.measure("en", word).layout(Setting.RAGGED, 10, 13, 120);
        assertThat(box.fits()).isTrue();
        assertThat(box.lines().size()).isGreaterThan(1);
        for (int i = 0; i < box.lines().size() - 1; i++) {
            assertThat(box.lines().get(i).text()).endsWith("-");
        }
        assertThat(box.text().replace("-\n", "")).isEqualTo(word);
        String url = "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line/of/a/small/cell.html";
        TextBox u = TypeFixture.measure("en", "see " + url + " now").layout(Setting.RAGGED, 10, 13, 100);
        assertThat(u.fits()).isTrue();
        assertThat(u.lines().size()).isGreaterThan(3);
        assertThat(u.text().replace("\n", "").replace(" ", "")).isEqualTo("see" + url + "now");
    }
}
