package org.lessonpress.export.slides;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;

/**
 * {@code -f slides}: a slide-style DOCX, one landscape page per slide (title, intro, agenda, dividers, one per lesson,
 * closing), formatted through named styles so it is restyled by editing styles; only the space that centres a
 * slide's content is set per slide.
 */
public final class SlidesExporter implements Exporter {
    static final ExportOption<SlideAspect> ASPECT = ExportOption.of("--aspect", "SHAPE", "16:9",
            "slide shape: 16:9 (13.33 x 7.5 in), 4:3 (10 x 7.5 in) or a4 (landscape)", SlideAspect::parse);
    static final ExportOption<ReferenceStyles> REFERENCE = ExportOption.file("--reference-docx", "FILE",
            "take the styles (fonts, sizes, colours) from this .docx, like pandoc's --reference-doc", ReferenceStyles.MAX_BYTES,
            ReferenceStyles::read);
    static final ExportOption<Boolean> EMBED_FONTS = ExportOption.flag("--embed-fonts",
            "embed the fonts in the .docx so Word sets the slides as fitted where the fonts are not installed (larger file)");

    @Override
    public String id() {
        return "slides";
    }

    @Override
    public String description() {
        return "slide-style DOCX (Word, LibreOffice, Google Docs): one lesson per landscape page, built on named styles";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public List<ExportOption<?>> options() {
        return List.of(ASPECT, REFERENCE, EMBED_FONTS);
    }

    @Override
    public List<ThemeKey<?>> themeKeys() {
        return SlideKeys.all();
    }

    @Override
    public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
        Deck deck = plan(doc, ctx);
        Map<String, byte[]> parts = new DeckWriter(ctx, deck.fonts(), deck.metrics()).write(doc.metadata(),
                deck.styles().part(), deck.planner().orderedListStarts(), deck.fitted(), deck.page(), ctx.option(EMBED_FONTS));
        ReproducibleZip.write(parts, ctx.timestamp(), out);
        ctx.pages("", deck.fitted().size());
    }

    /** The deck before it is written: its page, fonts, styles and every slide fitted. */
    record Deck(DeckWriter.Page page, DeckFonts fonts, DeckStyles styles, Map<String, StyleMetrics> metrics,
                DeckPlanner planner, SlideFitter fitter, List<SlideFitter.Fitted> fitted) {
    }

    static Deck plan(LessonDocument doc, ExportContext ctx) throws IOException {
        Theme theme = ctx.theme();
        SlideAspect aspect = ctx.option(ASPECT);
        DeckWriter.Page page = new DeckWriter.Page(aspect.width(), aspect.height(), theme.get(SlideKeys.MARGIN_TOP),
                theme.get(SlideKeys.MARGIN_BOTTOM), theme.get(SlideKeys.MARGIN_SIDE), theme.get(SlideKeys.FOOTER_DISTANCE));
        double textWidth = page.width() - 2 * page.side();
        double textHeight = page.height() - page.top() - page.bottom();

        FontChain display = ctx.fonts(CoreKeys.FONT_SANS);
        FontChain body = "serif".equals(theme.get(SlideKeys.BODY_FONT)) ? ctx.fonts(CoreKeys.FONT_SERIF) : display;
        FontChain mono = ctx.fonts(CoreKeys.FONT_MONO);
        DeckFonts fonts = new DeckFonts(display, body, mono, ctx);

        StyleSheet sheet = StyleSheet.build(theme, DeckFonts.first(display), DeckFonts.first(body), DeckFonts.first(mono),
                doc.metadata().language(), textWidth);
        DeckStyles styles = DeckStyles.of(sheet, ctx.option(REFERENCE));
        Map<String, StyleMetrics> metrics = styles.metrics();

        DeckPlanner planner = new DeckPlanner(sheet, Labels.of(doc.metadata().language()));
        SlideFitter fitter = new SlideFitter(metrics, fonts, textWidth, textHeight, doc.metadata().language(), ctx.scans());
        return new Deck(page, fonts, styles, metrics, planner, fitter, fitted(doc, planner, fitter, ctx.sourceName(), textHeight));
    }

    /** Every slide of the deck with its paragraphs and size step chosen, in order (the agenda split as it needs). */
    static List<SlideFitter.Fitted> fitted(LessonDocument doc, DeckPlanner planner, SlideFitter fitter, String source,
                                          double textHeight) {
        List<Slide> slides = planner.plan(doc);
        // Lessons first, so a lead's missing glyph or overlong text is reported at the lesson, not at the agenda
        // that repeats it.
        Map<Slide, List<SlideFitter.Fitted>> fits = new IdentityHashMap<>();
        for (Slide s : slides) {
            if (s.kind() != Slide.Kind.AGENDA) {
                SlideFitter.Fitted f = fitter.fit(s, source);
                fits.put(s, List.of(CENTRED.contains(s.kind()) ? fitter.centred(f) : f));
            }
        }
        for (Slide s : slides) {
            if (s.kind() == Slide.Kind.AGENDA) {
                fits.put(s, agenda(s, planner, fitter, source, textHeight));
            }
        }
        List<SlideFitter.Fitted> fitted = new ArrayList<>();
        slides.forEach(s -> fitted.addAll(fits.get(s)));
        return fitted;
    }

    /**
     * Slides whose content sits in the middle of the text area. Word has no "centre this block" for body text, and
     * a one-cell table of exact height (its other way) would make every slide a table to Word's navigation pane,
     * pandoc and screen readers, and cannot start a page by style. So the fitter measures the slide's content, and
     * its first paragraph gets the space above that centres it: a paragraph's space before, which Word and
     * LibreOffice both keep at the top of a page that a page break (here the style's "page break before") began.
     * The intro and agenda slides keep their content at the top, under their heading.
     */
    private static final Set<Slide.Kind> CENTRED = EnumSet.of(Slide.Kind.TITLE, Slide.Kind.LESSON, Slide.Kind.DIVIDER,
            Slide.Kind.CLOSING);

    /** The agenda slide; when the sections are too many for one slide, as many agenda slides as they need. */
    private static List<SlideFitter.Fitted> agenda(Slide agenda, DeckPlanner planner, SlideFitter fitter, String source,
                                                   double textHeight) {
        SlideFitter.Fitted f = fitter.tryFit(agenda);
        if (f.height() <= textHeight) {
            return List.of(f);
        }
        List<SlideFitter.Fitted> out = new ArrayList<>();
        List<Slide.Para> items = agenda.versions().get(0);
        items = items.subList(1, items.size());
        List<Slide.Para> part = new ArrayList<>();
        for (Slide.Para item : items) {
            part.add(item);
            if (part.size() > 1 && fitter.tryFit(planner.agendaPart(part)).height() > textHeight) {
                part.remove(part.size() - 1);
                out.add(fitter.fit(planner.agendaPart(part), source));
                part = new ArrayList<>(List.of(item));
            }
        }
        out.add(fitter.fit(planner.agendaPart(part), source));
        return out;
    }
}
