package org.lessonpress.export.cards;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.Units;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * {@code -f cards}: one card per lesson, lead on the front and body on the back, N-up on sheets with bleed,
 * crop marks and duplex-aligned backs, or one card per page ({@code --sheet none}) for a print shop.
 */
public final class CardsExporter implements Exporter {
    static final ExportOption<CardSize> CARD_SIZE = ExportOption.of("--card-size", "SIZE", "poker",
            "card size: poker (63x88mm), bridge, tarot, index-3x5, a6, a7, business or <w>x<h>mm|in", CardSize::parse);
    static final ExportOption<PageSize> SHEET = ExportOption.of("--sheet", "SHEET", "A4",
            "sheet the cards are printed on (A4, letter, any paper size), or none for one card per page",
            CardsExporter::sheet);
    static final ExportOption<Double> BLEED = ExportOption.of("--bleed", "LENGTH", "3mm",
            "colour printed beyond each card's trim", Units::parseLength);
    static final ExportOption<Double> GUTTER = ExportOption.of("--gutter", "LENGTH", "0mm",
            "space between neighbouring cards' bleeds on a sheet", Units::parseLength);
    static final ExportOption<Duplex> DUPLEX = ExportOption.of("--duplex", "MODE", "long-edge",
            "how the printer turns the sheet: long-edge, short-edge, or none (all fronts, then all backs)", Duplex::parse);
    static final ExportOption<Boolean> TEST_SHEET = ExportOption.flag("--test-sheet",
            "start with a registration sheet to check that backs line up with fronts");

    @Override
    public String id() {
        return "cards";
    }

    @Override
    public String description() {
        return "one card per lesson (lead on the front, body on the back), N-up with bleed and crop marks";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public List<ExportOption<?>> options() {
        return List.of(CARD_SIZE, SHEET, BLEED, GUTTER, DUPLEX, TEST_SHEET);
    }

    @Override
    public List<ThemeKey<?>> themeKeys() {
        return CardKeys.all();
    }

    private static PageSize sheet(String text) {
        return text.trim().equalsIgnoreCase("none") ? null : PageSize.parse(text);
    }

    /** The layout the options and theme ask for. */
    static CardSheetLayout layout(ExportContext ctx) {
        CardSize card = ctx.option(CARD_SIZE);
        PageSize sheet = ctx.option(SHEET);
        try {
            return CardSheetLayout.of(new CardSheetLayout.Spec(card, sheet, ctx.option(BLEED), ctx.option(GUTTER),
                    ctx.theme(CardKeys.SAFE_ZONE), ctx.theme(CardKeys.SHEET_MARGIN), ctx.theme(CardKeys.MARK_LENGTH),
                    ctx.theme(CardKeys.MARK_MIN_LENGTH), ctx.theme(CardKeys.MARK_OFFSET), ctx.option(DUPLEX)));
        } catch (IllegalArgumentException e) {
            throw layoutError(ctx, e.getMessage());
        }
    }

    /**
     * Cards that do not fit their sheet: a usage error when the user chose the card, sheet, bleed or gutter, naming
     * the theme values of theirs that took part; otherwise the theme's own values are at fault, at their file and line.
     */
    private static RuntimeException layoutError(ExportContext ctx, String problem) {
        List<ThemeKey<Double>> keys = List.of(CardKeys.SAFE_ZONE, CardKeys.SHEET_MARGIN, CardKeys.MARK_LENGTH, CardKeys.MARK_OFFSET);
        boolean chosen = List.of(CARD_SIZE, SHEET, BLEED, GUTTER).stream().anyMatch(ctx::given);
        String settings = ctx.theme().userSettings(keys);
        if (!chosen && !settings.isEmpty()) {
            ThemeKey<Double> blamed = keys.stream().filter(k -> !ctx.theme().origin(k).bundled()).findFirst().orElseThrow();
            return ctx.theme().error(blamed, problem + " (with " + settings + ")");
        }
        return new org.lessonpress.UsageException(problem + (settings.isEmpty() ? "" : " (with " + settings + " from the theme)"));
    }

    @Override
    public void write(LessonDocument document, ExportContext ctx, OutputStream out) throws IOException {
        CardSheetLayout layout = layout(ctx);
        CardSize card = layout.spec().card();
        List<CardContent> contents = CardContent.of(document, ctx.theme());
        if (contents.isEmpty()) {
            throw BadInputException.at(ctx.sourceName(), 1, "the file has no numbered lessons to put on cards");
        }
        CardStyle style = CardStyle.of(ctx, card, document.metadata().language());
        try (PDDocument pdf = new PDDocument()) {
            EmbeddedFonts fonts = new EmbeddedFonts(pdf);
            CardFaceLayout faces = new CardFaceLayout(style, card, layout.spec().bleed(), ctx::glyphs, ctx.sourceName());
            List<CardFace> fronts = new ArrayList<>();
            List<CardFace> backs = new ArrayList<>();
            CardFaceLayout.Deck deck = faces.deck(contents);
            for (CardContent c : contents) {
                fronts.add(faces.front(c, deck));
                backs.add(faces.back(c));
            }
            CardPainter painter = new CardPainter(fonts);
            if (ctx.option(TEST_SHEET)) {
                registrationSheet(pdf, painter, layout, style, ctx, Labels.of(document.metadata().language()));
            }
            CardOutline outline = new CardOutline(pdf, contents);
            for (CardSheetLayout.Page p : layout.pages(contents.size())) {
                PDPage page = newPage(pdf, layout);
                if (!p.back()) {
                    outline.add(page, p.first(), p.count());
                }
                List<CardSheetLayout.Slot> slots = p.back() ? layout.backs() : layout.fronts();
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    for (int i = 0; i < p.count(); i++) {
                        painter.background(cs, slots.get(i), style.paper());
                        painter.face(page, cs, (p.back() ? backs : fronts).get(p.first() + i), slots.get(i));
                    }
                    if (!layout.marks().isEmpty()) {
                        painter.marks(cs, layout.marks(), style.markWidth());
                    }
                }
            }
            describe(pdf, document.metadata(), ctx);
            ctx.pages("", pdf.getNumberOfPages());
            pdf.save(out);
        }
    }

    private static PDPage newPage(PDDocument pdf, CardSheetLayout layout) {
        PDPage page = new PDPage(rect(layout.mediaBox()));
        page.setBleedBox(rect(layout.bleedBox()));
        page.setTrimBox(rect(layout.trimBox()));
        pdf.addPage(page);
        return page;
    }

    private static PDRectangle rect(Rect r) {
        return new PDRectangle((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
    }

    /**
     * A front and a back page with a target on every card position: printed like the cards and held to the
     * light, each back target sits exactly behind its front target when the duplex setting matches the printer.
     */
    private static void registrationSheet(PDDocument pdf, CardPainter painter, CardSheetLayout layout, CardStyle style,
                                          ExportContext ctx, Labels labels) throws IOException {
        for (boolean back : new boolean[] {false, true}) {
            PDPage page = newPage(pdf, layout);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                for (int i = 0; i < layout.perSheet(); i++) {
                    CardSheetLayout.Slot front = layout.fronts().get(i);
                    Rect point = new Rect(front.trim().x() + front.trim().width() * 0.35,
                            front.trim().y() + front.trim().height() * 0.6, 0, 0);
                    CardSheetLayout.Slot slot = back ? layout.backs().get(i) : front;
                    Rect at = back ? layout.spec().duplex().behind(point, layout.pageWidth(), layout.pageHeight()) : point;
                    painter.target(cs, slot.trim(), at.x(), at.y(), style.markWidth());
                    String label = labels.format(back ? Label.CARD_BACK : Label.CARD_FRONT, "number", Integer.toString(i + 1));
                    var glyphs = ctx.glyphs(0, "the registration sheet");
                    TextBox box = style.type().measure(style.sans().plain(label, FontStyle.BOLD, glyphs))
                            .layout(Setting.DISPLAY, style.sectionSize(), style.sectionSize() * style.leadLeading(), slot.safe().width());
                    TextBox help = style.type().measure(style.sans().withColor(style.muted()).plain(labels.get(Label.DUPLEX_CHECK),
                            FontStyle.REGULAR, glyphs)).layout(Setting.RAGGED, style.titleSize(), style.titleSize() * style.leading(),
                            slot.safe().width());
                    double top = slot.trim().height() - style.safe();
                    painter.face(page, cs, new CardFace(List.of(), List.of(), List.of(
                            new CardFace.Text(box, style.safe(), top),
                            new CardFace.Text(help, style.safe(), top - box.height() - style.titleSize()))), slot);
                }
                if (!layout.marks().isEmpty()) {
                    painter.marks(cs, layout.marks(), style.markWidth());
                }
            }
        }
    }

    private static void describe(PDDocument pdf, Metadata m, ExportContext ctx) {
        DocumentInfo.of(m, "Lesson cards", "lessonpress cards").stamp(pdf, ctx.timestamp(), ctx.id("document-id"));
    }
}
