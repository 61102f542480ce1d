package org.lessonpress.export.cards;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.lessonpress.export.pdfbox.CropMarks;
import org.lessonpress.export.pdfbox.EmbeddedFonts;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.theme.Rgb;

/** Issues the drawing calls for laid-out card faces, crop marks and the registration sheet; no layout decisions. */
final class CardPainter {
    /** Marks print in plain black, on every separation alike. */
    private static final Rgb MARK_INK = new Rgb(0, 0, 0);

    private final TextPainter text;
    private final EmbeddedFonts fonts;

    CardPainter(EmbeddedFonts fonts) {
        this.fonts = fonts;
        this.text = new TextPainter(fonts);
    }

    /**
     * Draws a face with its trim's bottom-left corner at the trim of {@code slot}. Colour that runs into the bleed
     * stops at the slot's bleed, which on a sheet can be narrower than the face asks for: it never reaches a
     * neighbour or the printer's margin.
     */
    void face(PDPage page, PDPageContentStream cs, CardFace face, CardSheetLayout.Slot slot) throws IOException {
        double ox = slot.trim().x();
        double oy = slot.trim().y();
        for (CardFace.Fill f : face.fills()) {
            Rect area = new Rect(f.area().x() + ox, f.area().y() + oy, f.area().width(), f.area().height()).clippedTo(slot.bleed());
            if (area.width() > 0 && area.height() > 0) {
                fill(cs, area, f.color());
            }
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
        CropMarks pen = new CropMarks(cs, MARK_INK, width);
        for (CardSheetLayout.Mark m : marks) {
            pen.line(m.x1(), m.y1(), m.x2(), m.y2());
        }
    }

    /** A thin outline of a card's trim and a target at {@code (cx, cy)}, for the registration sheet. */
    void target(PDPageContentStream cs, Rect trim, double cx, double cy, double width) throws IOException {
        CropMarks pen = new CropMarks(cs, MARK_INK, width);
        pen.outline(trim);
        double arm = 14;
        pen.target(cx, cy, arm * 0.6, arm);
    }

    EmbeddedFonts fonts() {
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
