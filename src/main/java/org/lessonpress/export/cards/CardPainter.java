package org.lessonpress.export.cards;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.lessonpress.export.pdfbox.PdfFonts;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.theme.Rgb;

/** Issues the drawing calls for laid-out card faces, crop marks and the registration sheet; no layout decisions. */
final class CardPainter {
    private final TextPainter text;
    private final PdfFonts fonts;

    CardPainter(PdfFonts fonts) {
        this.fonts = fonts;
        this.text = new TextPainter(fonts);
    }

    /** Draws a face with its trim's bottom-left corner at the trim of {@code slot}. */
    void face(PDPage page, PDPageContentStream cs, CardFace face, CardSheetLayout.Slot slot) throws IOException {
        double ox = slot.trim().x();
        double oy = slot.trim().y();
        for (CardFace.Fill f : face.fills()) {
            fill(cs, new Rect(f.area().x() + ox, f.area().y() + oy, f.area().width(), f.area().height()), f.color());
        }
        for (CardFace.Rule r : face.rules()) {
            line(cs, r.x1() + ox, r.y1() + oy, r.x2() + ox, r.y2() + oy, r.width(), r.color());
        }
        for (CardFace.Text t : face.texts()) {
            text.draw(page, cs, t.box(), t.x() + ox, t.top() + oy);
        }
    }

    /** Paints the card's background into its bleed, when the paper colour is not white. */
    void background(PDPageContentStream cs, CardSheetLayout.Slot slot, Rgb paper) throws IOException {
        if (paper.red() < 255 || paper.green() < 255 || paper.blue() < 255) {
            fill(cs, slot.bleed(), paper);
        }
    }

    void marks(PDPageContentStream cs, Iterable<CardSheetLayout.Mark> marks, double width) throws IOException {
        cs.setStrokingColor(0f);
        cs.setLineWidth((float) width);
        for (CardSheetLayout.Mark m : marks) {
            cs.moveTo((float) m.x1(), (float) m.y1());
            cs.lineTo((float) m.x2(), (float) m.y2());
        }
        cs.stroke();
    }

    /** A thin outline of a card's trim and a target at {@code (cx, cy)}, for the registration sheet. */
    void target(PDPageContentStream cs, Rect trim, double cx, double cy, double width) throws IOException {
        cs.setStrokingColor(0f);
        cs.setLineWidth((float) width);
        cs.addRect((float) trim.x(), (float) trim.y(), (float) trim.width(), (float) trim.height());
        cs.stroke();
        double r = 14;
        cs.moveTo((float) (cx - r), (float) cy);
        cs.lineTo((float) (cx + r), (float) cy);
        cs.moveTo((float) cx, (float) (cy - r));
        cs.lineTo((float) cx, (float) (cy + r));
        cs.stroke();
        circle(cs, cx, cy, r * 0.6);
        cs.stroke();
    }

    private static void circle(PDPageContentStream cs, double cx, double cy, double r) throws IOException {
        double k = 0.5523 * r;
        cs.moveTo((float) (cx + r), (float) cy);
        cs.curveTo((float) (cx + r), (float) (cy + k), (float) (cx + k), (float) (cy + r), (float) cx, (float) (cy + r));
        cs.curveTo((float) (cx - k), (float) (cy + r), (float) (cx - r), (float) (cy + k), (float) (cx - r), (float) cy);
        cs.curveTo((float) (cx - r), (float) (cy - k), (float) (cx - k), (float) (cy - r), (float) cx, (float) (cy - r));
        cs.curveTo((float) (cx + k), (float) (cy - r), (float) (cx + r), (float) (cy - k), (float) (cx + r), (float) cy);
    }

    PdfFonts fonts() {
        return fonts;
    }

    private static void fill(PDPageContentStream cs, Rect r, Rgb c) throws IOException {
        cs.setNonStrokingColor(c.r(), c.g(), c.b());
        cs.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
        cs.fill();
    }

    private static void line(PDPageContentStream cs, double x1, double y1, double x2, double y2, double width, Rgb c)
            throws IOException {
        cs.setStrokingColor(c.r(), c.g(), c.b());
        cs.setLineWidth((float) width);
        cs.moveTo((float) x1, (float) y1);
        cs.lineTo((float) x2, (float) y2);
        cs.stroke();
    }
}
