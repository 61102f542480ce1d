package org.lessonpress.export.slides;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.xmlbeans.XmlException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * {@code -f slides}: a slide-style DOCX, one landscape page per slide (title, agenda, a divider per section, one per
 * lesson, closing), formatted entirely through named styles so it is restyled by editing styles.
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
        Theme theme = ctx.theme();
        theme.requireAtMost(SlideKeys.BODY_SMALL_SIZE, SlideKeys.BODY_SIZE, "a fuller slide's body steps down from the body size");
        theme.requireAtMost(SlideKeys.BODY_SMALLER_SIZE, SlideKeys.BODY_SMALL_SIZE, "the fullest slides' body steps down from the small size");
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
        CTStyles styles = styles(sheet, ctx.option(REFERENCE));
        Map<String, StyleMetrics> metrics = StyleMetrics.read(styles.getDomNode());

        DeckPlanner planner = new DeckPlanner(sheet, theme.get(SlideKeys.AGENDA_TITLE));
        List<Slide> slides = planner.plan(doc);
        SlideFitter fitter = new SlideFitter(metrics, fonts, textWidth, textHeight);
        // Lessons first, so a lead's missing glyph or overlong text is reported at the lesson, not at the agenda
        // that repeats it.
        Map<Slide, List<SlideFitter.Fitted>> fits = new java.util.IdentityHashMap<>();
        for (Slide s : slides) {
            if (s.kind() != Slide.Kind.AGENDA) {
                fits.put(s, List.of(fitter.fit(s, ctx.sourceName())));
            }
        }
        for (Slide s : slides) {
            if (s.kind() == Slide.Kind.AGENDA) {
                fits.put(s, agenda(s, doc, planner, fitter, ctx.sourceName(), textHeight));
            }
        }
        List<SlideFitter.Fitted> fitted = new ArrayList<>();
        slides.forEach(s -> fitted.addAll(fits.get(s)));
        byte[] docx = new DeckWriter(ctx, fonts, metrics).write(doc.metadata(), styles, planner.orderedListStarts(), fitted, page,
                ctx.option(EMBED_FONTS));
        ReproducibleZip.rewrite(docx, ctx.timestamp(), out);
        ctx.pages("", fitted.size());
    }

    /**
     * The agenda slide; when the intro makes it too full, an intro slide before it; when the sections alone are too
     * many for one slide, as many agenda slides as they need.
     */
    private static List<SlideFitter.Fitted> agenda(Slide agenda, LessonDocument doc, DeckPlanner planner, SlideFitter fitter,
                                                   String source, double textHeight) {
        SlideFitter.Fitted f = fitter.tryFit(agenda);
        if (f.height() <= textHeight) {
            return List.of(f);
        }
        List<SlideFitter.Fitted> out = new ArrayList<>();
        if (!doc.intro().isEmpty()) {
            out.add(fitter.fit(planner.introSlide(doc), source));
        }
        Slide bare = planner.agendaSlide(doc, false);
        f = fitter.tryFit(bare);
        if (f.height() <= textHeight) {
            out.add(f);
            return out;
        }
        List<Slide.Para> items = bare.versions().get(bare.versions().size() - 1);
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

    private static CTStyles styles(StyleSheet sheet, ReferenceStyles reference) throws IOException {
        try {
            CTStyles ours = StylesDocument.Factory.parse(sheet.xml()).getStyles();
            if (reference == null) {
                return ours;
            }
            Set<String> starts = new LinkedHashSet<>();
            sheet.styles().stream().filter(StyleDef::slideStart).forEach(s -> starts.add(s.id()));
            return reference.over(ours, starts);
        } catch (XmlException e) {
            throw new IllegalStateException("the deck's styles do not parse", e);
        }
    }
}
