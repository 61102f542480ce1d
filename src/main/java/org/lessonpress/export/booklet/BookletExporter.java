package org.lessonpress.export.booklet;

import org.lessonpress.typeset.Hyphenator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.UsageException;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.Units;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.FontMetrics;
import org.lessonpress.typeset.Typesetter;

/**
 * {@code -f booklet}: the typeset handout (A5 by default), and with {@code --impose saddle-stitch} a companion
 * {@code -imposed.pdf} to print duplex, fold and staple.
 */
public final class BookletExporter implements Exporter {

    static final ExportOption<PageSize> PAPER = ExportOption.of("--paper", "SIZE", null,
            "page size of the booklet: A5, A4, letter, half-letter or <w>x<h>mm|in (default: the theme's, A5)",
            BookletExporter::paper);
    static final ExportOption<String> IMPOSE = ExportOption.of("--impose", "SCHEME", null,
            "also write <stem>-booklet-imposed.pdf for printing; the one scheme is saddle-stitch",
            v -> oneOf(v, "saddle-stitch"));
    /** What {@code --impose} adds beside the booklet. */
    static final Companion IMPOSED = new Companion("imposed", "pdf");
    static final ExportOption<String> DUPLEX = ExportOption.of("--duplex", "EDGE", "short-edge",
            "how the printer turns the sheet for the back: short-edge (booklets) or long-edge (backs rotated)",
            v -> oneOf(v, "short-edge", "long-edge"));
    static final ExportOption<Double> CREEP = ExportOption.of("--creep", "LENGTH", "0mm",
            "with --impose: move pages of the innermost sheet this far towards the fold (outer sheets less); at most half"
                    + " the inner margin",
            BookletExporter::creep);
    static final ExportOption<Boolean> FOLD_MARKS = ExportOption.flag("--fold-marks",
            "with --impose: draw short fold marks at the top and bottom of each sheet");

    /** The smallest page a booklet is set on: A7. */
    static final PageSize SMALLEST = PageSize.parse("A7");
    /** The narrowest measure the body may have, in characters of body text. */
    static final int MIN_MEASURE = 20;
    /** The fewest body lines a page must hold within its top and bottom margins. */
    static final int MIN_LINES = 12;

    @Override
    public String id() {
        return "booklet";
    }

    @Override
    public String description() {
        return "typeset PDF handout (A5), optionally imposed for saddle-stitch printing";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public List<ExportOption<?>> options() {
        return List.of(PAPER, IMPOSE, DUPLEX, CREEP, FOLD_MARKS);
    }

    @Override
    public List<Companion> companions(OptionValue options) {
        return options.of(IMPOSE) == null ? List.of() : List.of(IMPOSED);
    }

    @Override
    public List<ThemeKey<?>> themeKeys() {
        return BookletKeys.all();
    }

    @Override
    public void warmUp() {
        PdfPainter.warmUp();
    }

    @Override
    public void write(LessonDocument document, ExportContext ctx, OutputStream out) throws IOException {
        if (Boolean.TRUE.equals(ctx.theme(BookletKeys.HYPHENATE))) {
            Hyphenator.preload(document.metadata().language());
        }
        OpenPdfFonts fonts = new OpenPdfFonts(ctx::seed);
        if (ctx.option(IMPOSE) != null) {
            checkCreep(ctx.option(CREEP), geometry(paper(ctx), ctx));
        }
        Layout layout = layout(document, ctx);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfPainter(fonts).paint(layout, new PdfPainter.Info(document.metadata(), ctx.timestamp(),
                    ctx.id("document-id")), pdf);
        } finally {
            fonts.release();
        }
        byte[] bytes = pdf.toByteArray();
        out.write(bytes);
        ctx.pages("", layout.pages().size());
        if (ctx.option(IMPOSE) != null) {
            ImposedBooklet.Settings s = new ImposedBooklet.Settings("long-edge".equals(ctx.option(DUPLEX)),
                    ctx.option(CREEP), Boolean.TRUE.equals(ctx.option(FOLD_MARKS)), ctx.timestamp(), ctx.id("imposed-id"));
            try (OutputStream imposed = ctx.companion(IMPOSED.qualifier(), IMPOSED.extension())) {
                ctx.pages("imposed", ImposedBooklet.write(bytes, s, imposed));
            }
        }
    }

    /** The layout alone, for tests and for the painter. */
    static Layout layout(LessonDocument document, ExportContext ctx) {
        return layout(document, ctx, new BookletLayout.Settings(ctx.theme(BookletKeys.KEEP_LINES),
                BookletLayout.SectionStart.of(ctx.theme(BookletKeys.SECTION_BREAK)), ctx.theme(BookletKeys.SECTION_SPACE),
                ctx.theme(BookletKeys.CONTENTS_LESSONS)));
    }

    static Layout layout(LessonDocument document, ExportContext ctx, BookletLayout.Settings settings) {
        boolean hyphenate = Boolean.TRUE.equals(ctx.theme(BookletKeys.HYPHENATE));
        // Measured as OpenPDF draws: its widths are font units truncated to thousandths of an em.
        Typesetter typesetter = Typesetter.of(ctx.theme(), document.metadata().language(), hyphenate,
                AdvanceRounding.DOWN_TO_THOUSANDTH, ctx.scans());
        PageSize paper = paper(ctx);
        Geometry geo = geometry(paper, ctx);
        // On larger paper the type grows by the square root of the page scale: the measure stays 50-75 characters.
        double typeScale = Math.sqrt(scale(paper, ctx));
        ctx.theme().requireAtMost(BookletKeys.BODY_SIZE, BookletKeys.BODY_LEADING,
                "the leading is the distance between baselines, at least the type size");
        if (geo.bodyHeight() < MIN_LINES * ctx.theme(BookletKeys.BODY_LEADING) * typeScale) {
            throw ctx.given(PAPER) ? new UsageException(String.format(Locale.ROOT, "--paper %s: %.0f mm high leaves room for"
                    + " fewer than %d lines within the theme's top and bottom margins", paper.name(), paper.height() / Units.mm(1),
                    MIN_LINES)) : ctx.theme().error(ctx.theme().origin(BookletKeys.MARGIN_BOTTOM).bundled()
                    ? BookletKeys.MARGIN_TOP : BookletKeys.MARGIN_BOTTOM, String.format(Locale.ROOT,
                    "top and bottom margins of %.0f mm and %.0f mm leave room for fewer than %d lines on %s; make them smaller",
                    geo.top() / Units.mm(1), geo.bottom() / Units.mm(1), MIN_LINES, paper.name()));
        }
        FontFace bodyFace = ctx.fonts(CoreKeys.FONT_SERIF).primary(FontStyle.REGULAR);
        double bodySize = ctx.theme(BookletKeys.BODY_SIZE) * typeScale;
        if (narrow(geo, bodyFace, bodySize)) {
            throw ctx.given(PAPER) ? measureError(paper, geo, bodyFace, bodySize) : marginsError(ctx, paper, geo);
        }
        Palette palette = ctx.theme().palette();
        Typography type = new Typography(ctx.fonts(CoreKeys.FONT_SERIF), ctx.fonts(CoreKeys.FONT_SANS),
                ctx.fonts(CoreKeys.FONT_MONO), ctx.theme(BookletKeys.BODY_SIZE) * typeScale,
                ctx.theme(BookletKeys.BODY_LEADING) * typeScale,
                ctx.theme(BookletKeys.SCALE), palette.text(), palette.muted(), palette.accent(), palette.link(),
                ctx.theme(CoreKeys.COLOR_RULE), palette.paper(), ctx.theme(CoreKeys.COLOR_CODE_BACKGROUND), typesetter,
                ctx.theme(BookletKeys.SECTION_BAR_WIDTH) * typeScale, ctx.theme(BookletKeys.SECTION_BAR_HEIGHT) * typeScale);
        BlockSetter setter = new BlockSetter(type, ctx.glyphs(1, "the front matter"), hyphenate);
        Places places = new Places() {
            @Override
            public BlockSetter lesson(Lesson l) {
                return at(l.line(), "lesson " + l.number());
            }

            @Override
            public BlockSetter section(Section s) {
                return at(s.line(), "the section heading");
            }

            @Override
            public BlockSetter at(int line, String where) {
                return setter.with(ctx.glyphs(line, where));
            }
        };
        return new BookletLayout(geo, setter, places, palette::section, settings).layout(document);
    }

    /** The page: {@code --paper}, else the theme's, portrait. */
    static PageSize paper(ExportContext ctx) {
        return ctx.option(PAPER) != null ? ctx.option(PAPER).portrait() : ctx.theme(BookletKeys.PAPER).portrait();
    }

    /** {@code --paper}: a size no smaller than A7 either way. */
    static PageSize paper(String value) {
        PageSize p = PageSize.parse(value);
        PageSize portrait = p.portrait();
        double slack = 0.5;
        if (portrait.width() + slack < SMALLEST.width() || portrait.height() + slack < SMALLEST.height()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "'%s' (%.0f x %.0f mm) is smaller than the smallest booklet page, A7 (74 x 105 mm)", value.trim(),
                    portrait.width() / Units.mm(1), portrait.height() / Units.mm(1)));
        }
        return p;
    }

    /** {@code --creep}: a length, not negative. */
    static double creep(String value) {
        double c = Units.parseLength(value);
        if (c < 0) {
            throw new IllegalArgumentException("'" + value + "' is negative; creep moves pages towards the fold");
        }
        return c;
    }

    /** The most creep allowed: half the inner margin, so text keeps at least half its margin from the fold. */
    static double maxCreep(Geometry geo) {
        return geo.inner() / 2;
    }

    static void checkCreep(double creep, Geometry geo) {
        double max = maxCreep(geo);
        if (creep > max + 1e-6) {
            throw new UsageException(String.format(Locale.ROOT,
                    "--creep %.1f mm would move text into the fold: at most %.1f mm (half the inner margin of %.1f mm)"
                            + " on this page size", creep / Units.mm(1), max / Units.mm(1), geo.inner() / Units.mm(1)));
        }
    }

    /** Refuses a page whose text block is narrower than {@link #MIN_MEASURE} characters of body text. */
    static void checkMeasure(PageSize paper, Geometry geo, FontFace body, double bodySize) {
        if (narrow(geo, body, bodySize)) {
            throw measureError(paper, geo, body, bodySize);
        }
    }

    private static boolean narrow(Geometry geo, FontFace body, double bodySize) {
        return geo.textWidth() < minMeasure(body, bodySize);
    }

    private static double minMeasure(FontFace body, double bodySize) {
        return FontMetrics.of(body).width("abcdefghijklmnopqrstuvwxyz ".repeat(2), AdvanceRounding.DOWN_TO_THOUSANDTH)
                * bodySize * MIN_MEASURE / 54.0;
    }

    /** The paper the user asked for is too narrow for the theme's margins: a usage error naming --paper. */
    private static UsageException measureError(PageSize paper, Geometry geo, FontFace body, double bodySize) {
        return new UsageException(String.format(Locale.ROOT,
                "--paper %s: %.0f mm wide leaves a text measure of %.0f mm within the margins; at least %.0f mm"
                        + " (%d characters of body text) is needed", paper.name(), paper.width() / Units.mm(1),
                Math.max(0, geo.textWidth()) / Units.mm(1), minMeasure(body, bodySize) / Units.mm(1), MIN_MEASURE));
    }

    /**
     * The theme's own paper and margins leave no measure: an error at the theme value the user set (the first of the
     * outer margin, inner margin and paper that a theme file rather than a bundled theme sets).
     */
    private static RuntimeException marginsError(ExportContext ctx, PageSize paper, Geometry geo) {
        ThemeKey<?> blamed = BookletKeys.PAPER;
        for (ThemeKey<?> k : List.of(BookletKeys.MARGIN_OUTER, BookletKeys.MARGIN_INNER, BookletKeys.PAPER)) {
            if (!ctx.theme().origin(k).bundled()) {
                blamed = k;
                break;
            }
        }
        return ctx.theme().error(blamed, String.format(Locale.ROOT,
                "with margins of %.0f mm (inner) and %.0f mm (outer) on %s (%.0f mm wide) the pages leave a text measure"
                        + " of %.0f mm; at least %d characters of body text must fit; make the margins narrower",
                geo.inner() / Units.mm(1), geo.outer() / Units.mm(1), paper.name(), paper.width() / Units.mm(1),
                Math.max(0, geo.textWidth()) / Units.mm(1), MIN_MEASURE));
    }

    /** Theme margins on the theme's paper; on other paper the same proportions of the page. */
    static Geometry geometry(PageSize paper, ExportContext ctx) {
        double k = scale(paper, ctx);
        return new Geometry(paper.width(), paper.height(), ctx.theme(BookletKeys.MARGIN_INNER) * k,
                ctx.theme(BookletKeys.MARGIN_TOP) * k, ctx.theme(BookletKeys.MARGIN_OUTER) * k,
                ctx.theme(BookletKeys.MARGIN_BOTTOM) * k);
    }

    /** How much larger the paper is than the theme's (the smaller of the two ratios). */
    static double scale(PageSize paper, ExportContext ctx) {
        PageSize base = ctx.theme(BookletKeys.PAPER).portrait();
        return Math.min(paper.width() / base.width(), paper.height() / base.height());
    }

    private static String oneOf(String value, String... allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        List<String> ok = new ArrayList<>(List.of(allowed));
        if (!ok.contains(v)) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ", ok));
        }
        return v;
    }
}
