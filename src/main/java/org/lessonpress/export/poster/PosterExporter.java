package org.lessonpress.export.poster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.pdfbox.DocumentInfo;
import org.lessonpress.export.pdfbox.EmbeddedFonts;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.Units;
import org.lessonpress.theme.ValueType;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.Typesetter;

/** Every lesson on one large page, auto-fitted; with {@code --tile}, also the poster cut into printable sheets. */
public final class PosterExporter implements Exporter {

    public static final ExportOption<PageSize> SIZE = ExportOption.of("--poster-size", "SIZE", "A1",
            "poster paper: A0|A1|A2|A3|A4|letter|tabloid|18x24in|24x36in|36x48in|<w>x<h>mm|in", PosterExporter::posterSize);
    public static final ExportOption<String> ORIENTATION = ExportOption.of("--orientation", "portrait|landscape", "portrait",
            "poster orientation", PosterExporter::orientation);
    public static final ExportOption<PageSize> TILE = ExportOption.of("--tile", "SHEET", null,
            "also write the poster cut into sheets of this size (A4|letter) with cut marks, as <stem>-poster-tiles.pdf", PageSize::parse);
    /** What {@code --tile} adds beside the poster. */
    static final Companion TILES = new Companion("tiles", "pdf");
    public static final ExportOption<Double> OVERLAP = ExportOption.of("--overlap", "LENGTH", "10mm",
            "how much neighbouring tiles overlap, for trimming and gluing", Units::parseLength);

    public static final ThemeKey<Double> MARGIN = ThemeKey.of("poster.margin", ValueType.length("0mm", "200mm"), "white space around the poster, at A1 (scaled with the paper)");
    public static final ThemeKey<Double> GUTTER = ThemeKey.of("poster.gutter", ValueType.length("0mm", "100mm"), "space between columns and rows, at A1 (scaled with the paper)");
    public static final ThemeKey<Double> HEADER_HEIGHT = ThemeKey.of("poster.header-height", ValueType.number(0.01, 0.5), "title block height as a fraction of the page height");
    public static final ThemeKey<Double> FOOTER_SIZE = ThemeKey.of("poster.footer-size", ValueType.length("4pt", "72pt"), "type size of the source and citation, at A1 (scaled with the paper)");
    /** The legible minimum for each A size, A0 first; between them it runs evenly with the paper, beyond A0 it grows slowly. */
    public static final List<ThemeKey<Double>> MIN_BODIES = java.util.stream.IntStream.rangeClosed(0, 4)
            .mapToObj(a -> ThemeKey.of("poster.min-body-size.a" + a, ValueType.length("4pt", "72pt"),
                    "smallest legible body size on A" + a + "; between A sizes it runs evenly with the paper"))
            .toList();
    public static final ThemeKey<Double> MAX_BODY = ThemeKey.of("poster.max-body-size", ValueType.length("6pt", "300pt"), "largest body size worth setting, at A1 (scaled with the paper)");
    public static final ThemeKey<Double> SIZE_STEP = ThemeKey.of("poster.size-step", ValueType.length("0.1pt", "10pt"), "body sizes the auto-fit tries are this far apart");
    public static final ThemeKey<Double> BODY_LEADING = ThemeKey.of("poster.body-leading", ValueType.number(0.8, 3.0), "body baseline distance as a multiple of the body size");
    public static final ThemeKey<Double> LEAD_SCALE = ThemeKey.of("poster.lead-scale", ValueType.number(0.5, 4.0), "lead size as a multiple of the body size");
    public static final ThemeKey<Double> NUMBER_SCALE = ThemeKey.of("poster.number-scale", ValueType.number(2.0, 8.0),
            "lesson number size as a multiple of the body size (2 or more: numbers are a design element)");
    public static final ThemeKey<Double> MIN_CHARACTERS = ThemeKey.of("poster.measure.min-characters", ValueType.number(20.0, 200.0),
            "the shortest measure the column count may give, in characters of body text");
    public static final ThemeKey<Double> MAX_CHARACTERS = ThemeKey.of("poster.measure.max-characters", ValueType.number(20.0, 200.0),
            "the longest measure the column count may give, in characters of body text");
    public static final ThemeKey<String> SECTION_STYLE = ThemeKey.of("poster.section-style", ValueType.choice("solid", "outline"),
            "section colour over the cells: solid (bars) or outline (hairlines, less ink); section names are in the colour either way");
    public static final ThemeKey<Double> TILE_MARGIN = ThemeKey.of("poster.tile-margin", ValueType.length("0mm", "50mm"), "border of each tile sheet around the poster window, where the marks and the label go");
    public static final ThemeKey<Double> TILE_PRINT_MARGIN = ThemeKey.of("poster.tile-print-margin", ValueType.length("0mm", "30mm"),
            "least distance from a tile sheet's edge to any mark or label: where a home printer still prints");

    /** The shortest cut mark worth printing on a tile sheet. */
    private static final double SHORTEST_TILE_MARK = Units.mm(2);

    /** Sizes to suggest when a poster does not fit, smallest first (2A0, 4A0, 8A0 and 16A0 beyond A0). */
    private static final List<String> LARGER = List.of("A4", "A3", "A2", "A1", "A0", "1189x1682mm", "1682x2378mm",
            "2378x3364mm", "3364x4756mm");

    @Override
    public String id() {
        return "poster";
    }

    @Override
    public String description() {
        return "every lesson on one large page, type auto-fitted; optionally tiled for home printers (PDF)";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public List<ExportOption<?>> options() {
        return List.of(SIZE, ORIENTATION, TILE, OVERLAP);
    }

    @Override
    public List<Companion> companions(OptionValue options) {
        return options.of(TILE) == null ? List.of() : List.of(TILES);
    }

    @Override
    public List<ThemeKey<?>> themeKeys() {
        List<ThemeKey<?>> keys = new java.util.ArrayList<>(List.of(MARGIN, GUTTER, HEADER_HEIGHT, FOOTER_SIZE));
        keys.addAll(MIN_BODIES);
        keys.addAll(List.of(MAX_BODY, SIZE_STEP, BODY_LEADING, LEAD_SCALE, NUMBER_SCALE, MIN_CHARACTERS, MAX_CHARACTERS,
                SECTION_STYLE, TILE_MARGIN, TILE_PRINT_MARGIN));
        return keys;
    }

    @Override
    public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
        PageSize size = paper(ctx);
        byte[] poster;
        try (PDDocument pdf = new PDDocument()) {
            EmbeddedFonts fonts = new EmbeddedFonts(pdf);
            PosterContent content = PosterContent.of(doc, ctx);
            PosterLayout layout = fit(ctx, content, size);
            PDPage page = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                new PosterPainter(fonts, ctx.theme(CoreKeys.COLOR_RULE), ctx.theme(CoreKeys.COLOR_PAPER)).paint(page, cs, layout);
            }
            stamp(pdf, doc.metadata(), ctx, "document-id");
            poster = save(pdf);
        }
        PageSize sheet = ctx.option(TILE);
        if (sheet != null) {
            byte[] tiles = tiles(poster, sheet, ctx, Labels.of(doc.metadata().language()));
            try (OutputStream t = ctx.companion(TILES.qualifier(), TILES.extension())) {
                t.write(tiles);
            }
        }
        out.write(poster);
        ctx.pages("", 1);
    }

    /** Geometry for a paper size from the theme. */
    public static PosterGeometry geometry(ExportContext ctx, PageSize size) {
        for (ThemeKey<Double> min : MIN_BODIES) {
            ctx.theme().requireAtMost(min, MAX_BODY, "the smallest body size cannot be larger than the largest");
        }
        ctx.theme().requireAtMost(MIN_CHARACTERS, MAX_CHARACTERS, "the shortest measure cannot be longer than the longest");
        if (2 * ctx.theme(MARGIN) * PosterGeometry.linearScale(size.width(), size.height()) >= Math.min(size.width(), size.height())) {
            throw ctx.theme().error(MARGIN, "leaves no room for lessons on " + size.name() + "; make it smaller");
        }
        double[] legible = MIN_BODIES.stream().mapToDouble(ctx::theme).toArray();
        return PosterGeometry.scaled(size.width(), size.height(), ctx.theme(MARGIN), ctx.theme(GUTTER), ctx.theme(HEADER_HEIGHT),
                ctx.theme(FOOTER_SIZE), PosterGeometry.legibleMinimum(size.width(), size.height(), legible), ctx.theme(MAX_BODY),
                ctx.theme(SIZE_STEP), ctx.theme(BODY_LEADING), ctx.theme(LEAD_SCALE), ctx.theme(NUMBER_SCALE),
                ctx.theme(MIN_CHARACTERS), ctx.theme(MAX_CHARACTERS));
    }

    /** The smallest poster: A5 (148 × 210 mm); below it the legible minimum type size stops meaning anything. */
    static PageSize posterSize(String text) {
        PageSize p = PageSize.parse(text);
        if (Math.min(p.width(), p.height()) < Units.mm(147.5) || Math.max(p.width(), p.height()) < Units.mm(209.5)) {
            throw new IllegalArgumentException("'" + text + "' is smaller than a poster can be; use A5 (148x210mm) or larger");
        }
        return p;
    }

    /** The paper from the options, turned to the orientation asked for. */
    public static PageSize paper(ExportContext ctx) {
        PageSize size = ctx.option(SIZE);
        return "landscape".equals(ctx.option(ORIENTATION)) ? size.landscape() : size.portrait();
    }

    private static PosterLayout fit(ExportContext ctx, PosterContent content, PageSize size) {
        if (content.items().isEmpty()) {
            throw BadInputException.at(ctx.sourceName(), 1, "there are no numbered lessons to put on the poster");
        }
        PosterFitter fitter;
        try {
            fitter = new PosterFitter(content, geometry(ctx, size));
        } catch (IllegalStateException e) {
            throw BadInputException.at(ctx.sourceName(), 1, "the title is too long for the title block of a " + size.name()
                    + " poster; shorten it or use a larger --poster-size");
        }
        PosterLayout layout = fitter.fit();
        if (layout != null) {
            return "outline".equals(ctx.theme(SECTION_STYLE)) ? layout.outlined() : layout;
        }
        // Too much text for the paper: say how small the body would have to be and which paper holds it legibly.
        PosterFitter.Choice below = fitter.belowMinimum();
        String sets = below == null ? size.name() + " cannot hold the lessons at any size"
                : size.name() + " sets the body at " + points(below.body()) + " pt";
        throw BadInputException.at(ctx.sourceName(), 1, sets + ", under the " + points(fitter.geometry().minBody())
                + " pt minimum for " + size.name() + "; " + suggestion(ctx, content, size));
    }

    /** A type size as people write it: 9 pt, 6.8 pt. */
    private static String points(double size) {
        return String.format(Locale.ROOT, "%.1f", size).replaceAll("\\.0$", "");
    }

    private static String suggestion(ExportContext ctx, PosterContent content, PageSize size) {
        for (String name : LARGER) {
            PageSize p = PageSize.parse(name);
            PageSize turned = size.isLandscape() ? p.landscape() : p.portrait();
            if (turned.width() * turned.height() <= size.width() * size.height() * 1.01) {
                continue;
            }
            if (new PosterFitter(content, geometry(ctx, turned)).holds()) {
                return "use --poster-size " + name + " or larger";
            }
        }
        return "a larger --poster-size does not help: even 16A0 (3364x4756mm) cannot hold all " + content.items().size()
                + " lessons legibly, since type must grow with the poster to be read from further away; split the file"
                + " into several posters, export cards or a booklet instead, or lower poster.min-body-size in a theme";
    }

    private static byte[] tiles(byte[] poster, PageSize sheet, ExportContext ctx, Labels labels) throws IOException {
        try (PDDocument source = Loader.loadPDF(poster); PDDocument tiles = new PDDocument()) {
            PDRectangle box = source.getPage(0).getMediaBox();
            TilePlan plan;
            try {
                plan = TilePlan.of(box.getWidth(), box.getHeight(), sheet.width(), sheet.height(), ctx.theme(TILE_MARGIN), ctx.option(OVERLAP));
            } catch (IllegalArgumentException e) {
                String theme = ctx.theme().userSettings(List.of(TILE_MARGIN));
                throw new org.lessonpress.UsageException("--overlap: " + e.getMessage()
                        + (theme.isEmpty() ? "" : " (with " + theme + " from the theme)"));
            }
            double printMargin = ctx.theme(TILE_PRINT_MARGIN);
            if (TileMarks.markLength(plan, printMargin) < SHORTEST_TILE_MARK) {
                throw BadInputException.at(ctx.theme().name(), 0, String.format(Locale.ROOT, "poster.tile-margin (%.1f mm) leaves"
                        + " no room for marks %.1f mm inside the sheet edge (poster.tile-print-margin); make it at least %.1f mm",
                        Units.toMm(plan.margin()), Units.toMm(printMargin),
                        Units.toMm(printMargin + TileMarks.GAP + SHORTEST_TILE_MARK)));
            }
            new PosterTiler(plan, ctx.fonts(CoreKeys.FONT_SANS), ctx.theme().palette().text(), labels, printMargin,
                    Typesetter.of(ctx.theme(), labels.language(), false, AdvanceRounding.NEAREST_THOUSANDTH, ctx.scans())).tile(source, tiles);
            stamp(tiles, source, ctx, "tiles-document-id");
            ctx.pages("tiles", plan.count());
            return save(tiles);
        }
    }

    private static void stamp(PDDocument pdf, Metadata m, ExportContext ctx, String idPurpose) {
        finish(pdf, DocumentInfo.of(m, m.subtitleIfAny().orElse(null), "lessonpress"), ctx, idPurpose);
    }

    /** The tiles say they are the poster's: its title and author, the language of its text. */
    private static void stamp(PDDocument pdf, PDDocument poster, ExportContext ctx, String idPurpose) {
        DocumentInfo from = DocumentInfo.of(poster);
        finish(pdf, new DocumentInfo(from.title() == null ? "Poster tiles" : from.title() + " (tiles)", from.author(), null,
                null, from.language(), "lessonpress", "lessonpress"), ctx, idPurpose);
    }

    private static void finish(PDDocument pdf, DocumentInfo info, ExportContext ctx, String idPurpose) {
        info.stamp(pdf, ctx.timestamp(), ctx.id(idPurpose));
        pdf.setDocumentId(ctx.seed(idPurpose));
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    private static String orientation(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("portrait") && !v.equals("landscape")) {
            throw new IllegalArgumentException("'" + s + "' is not portrait or landscape");
        }
        return v;
    }

}
