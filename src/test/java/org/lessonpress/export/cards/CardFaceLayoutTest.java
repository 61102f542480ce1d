package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.typeset.TextBox;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.colour.ColourEngine;
import org.lessonpress.theme.colour.ColourRules;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.SectionColours;
import org.lessonpress.theme.colour.ThemeColours;

/** The faces as laid out, before drawing: sizes, safe zone, bleed, colour contrast. */
class CardFaceLayoutTest {

    record Faces(CardSize card, CardStyle style, List<CardFace> fronts, List<CardFace> backs) {
    }

    static Faces faces(String stem, String cardSize) throws IOException {
        ExportContext ctx = Corpus.context("cards", Corpus.path(stem), Map.of("--card-size", cardSize));
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        CardSize card = CardSize.parse(cardSize);
        CardStyle style = CardStyle.of(ctx, card, doc.metadata().language());
        try (PDDocument pdf = new PDDocument()) {
            CardFaceLayout layout = new CardFaceLayout(style, card, 8.5, ctx::glyphs, ctx.sourceName());
            List<CardFace> fronts = new ArrayList<>();
            List<CardFace> backs = new ArrayList<>();
            List<CardContent> contents = CardContent.of(doc, ctx.theme());
            CardFaceLayout.Deck deck = layout.deck(contents);
            for (CardContent c : contents) {
                fronts.add(layout.front(c, deck));
                backs.add(layout.back(c));
            }
            return new Faces(card, style, fronts, backs);
        }
    }

    @Test
    void pokerFrontLeadsAreReadableAtArmsLength() throws IOException {
        Faces f = faces("sample", "poker");
        double smallest = Double.MAX_VALUE;
        java.util.Set<Double> numberSizes = new java.util.HashSet<>();
        for (CardFace front : f.fronts()) {
            TextBox lead = front.texts().get(front.texts().size() - 1).box();
            smallest = Math.min(smallest, lead.size());
            numberSizes.add(front.texts().get(front.texts().size() - 2).box().size());
        }
        System.out.println("poker numbers on the sample: " + numberSizes + " pt");
        assertThat(numberSizes).hasSize(1);
        System.out.println("smallest poker lead on the sample: " + smallest + " pt");
        assertThat(smallest).isGreaterThanOrEqualTo(14.0);
    }

    @Test
    void allTextStaysInsideTheSafeZoneOnEveryCorpusFileAndCardSize() throws IOException {
        List<String> stems = new ArrayList<>(List.of(Corpus.ALL));
        stems.add("sample");
        for (String stem : stems) {
            for (String size : List.of("poker", "bridge", "tarot", "index-3x5", "a6", "a7", "business")) {
                if (stem.equals("three-ninety") && !size.equals("poker")) {
                    continue;
                }
                Faces f = faces(stem, size);
                Rect safe = new Rect(0, 0, f.card().width(), f.card().height()).inset(f.style().safe());
                for (List<CardFace> side : List.of(f.fronts(), f.backs())) {
                    for (CardFace face : side) {
                        for (CardFace.Text t : face.texts()) {
                            assertThat(t.box().fits()).isTrue();
                            Rect b = new Rect(t.x(), t.top() - t.box().height(), t.box().maxWidth(), t.box().height());
                            assertThat(safe.contains(new Rect(t.x(), b.y(), t.box().width(), b.height()), 1e-6))
                                    .as(stem + " " + size + ": " + t.box().text()).isTrue();
                        }
                        for (int i = 1; i < face.texts().size(); i++) {
                            for (int j = 0; j < i; j++) {
                                Rect a = face.texts().get(i).bounds();
                                Rect b = face.texts().get(j).bounds();
                                assertThat(a.overlaps(b, 0.01)).as(stem + " " + size + " texts overlap: "
                                        + face.texts().get(i).box().text() + " / " + face.texts().get(j).box().text()).isFalse();
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSectionBandAndBackMarkerFillTheBleed() throws IOException {
        Faces f = faces("sample", "poker");
        CardFace.Fill band = f.fronts().get(0).fills().get(0);
        assertThat(band.area().x()).isEqualTo(-8.5);
        assertThat(band.area().right()).isCloseTo(f.card().width() + 8.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(band.area().top()).isCloseTo(f.card().height() + 8.5, org.assertj.core.data.Offset.offset(1e-9));
        CardFace.Fill marker = f.backs().get(0).fills().get(0);
        assertThat(marker.color()).isEqualTo(band.color());
        assertThat(marker.area().height()).isLessThan(band.area().height() / 3);
    }

    @Test
    void textOnColourMeetsWcagAa() {
        List<Rgb> extra = new ArrayList<>();
        // Colours no bundled theme has yet: light, mid and dark.
        for (String hex : List.of("#ffff00", "#777777", "#000080")) {
            extra.add(Rgb.parse(hex));
        }
        for (String name : List.of("default", "ink-saver")) {
            Theme theme = Corpus.theme(name);
            Rgb paper = theme.get(CoreKeys.COLOR_PAPER);
            List<Rgb> colours = new ArrayList<>(theme.get(CoreKeys.COLOR_SECTIONS));
            colours.addAll(extra);
            Palette palette = ColourEngine.resolve(new ThemeColours(paper, theme.get(CoreKeys.COLOR_TEXT),
                    theme.get(CoreKeys.COLOR_MUTED), theme.get(CoreKeys.COLOR_LINK), theme.get(CoreKeys.COLOR_CODE_BACKGROUND),
                    theme.get(CoreKeys.COLOR_ACCENT), colours), new ColourRules(4.5, 3, 3, 8, 0.45));
            List<SectionColours> roles = new ArrayList<>(palette.sections());
            roles.add(palette.accent());
            for (SectionColours c : roles) {
                assertThat(c.textOnFill().contrast(c.fill())).as(name + ": label on " + c.fill()).isGreaterThanOrEqualTo(4.5);
                assertThat(c.text().contrast(paper)).as(name + ": number in " + c.text()).isGreaterThanOrEqualTo(4.5);
            }
        }
    }
}
