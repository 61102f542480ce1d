package org.lessonpress.export.poster;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.lessonpress.export.pdfbox.EmbeddedFonts;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.TextBox;

/**
 * Draws a {@link PosterLayout} on a page: colour first (rules, bands, quote bars, code backgrounds), then text in
 * reading order (title block, each section name before its first lesson, each lesson, footer). Only drawing calls.
 */
final class PosterPainter {
    private final TextPainter text;
    private final Rgb rule;
    private final Rgb paper;

    PosterPainter(EmbeddedFonts fonts, Rgb rule, Rgb paper) {
        this.text = new TextPainter(fonts);
        this.rule = rule;
        this.paper = paper;
    }

    void paint(PDPage page, PDPageContentStream cs, PosterLayout l) throws IOException {
        double h = l.geometry().height();
        if (!paper.equals(new Rgb(255, 255, 255))) {
            fill(cs, new Rect(0, 0, l.geometry().width(), h), paper, h);
        }
        for (Band b : l.rules()) {
            fill(cs, b.rect(), rule, h);
        }
        for (Band b : l.bands()) {
            fill(cs, b.rect(), b.color(), h);
        }
        for (Cell c : l.cells()) {
            for (Band d : c.decorations()) {
                fill(cs, d.rect(), d.color(), h);
            }
        }
        for (Placed p : l.header().texts()) {
            draw(page, cs, p, h);
        }
        int label = 0;
        for (Cell c : l.cells()) {
            if (c.item().label() != null) {
                draw(page, cs, l.labels().get(label++).text(), h);
            }
            if (c.kicker() != null) {
                draw(page, cs, c.kicker(), h);
            }
            drawRight(page, cs, c.number(), h);
            draw(page, cs, c.lead(), h);
            for (Placed p : c.body()) {
                draw(page, cs, p, h);
            }
        }
        for (Placed p : l.footer().texts()) {
            draw(page, cs, p, h);
        }
    }

    private void draw(PDPage page, PDPageContentStream cs, Placed p, double pageHeight) throws IOException {
        text.draw(page, cs, p.box(), p.x(), pageHeight - p.y());
    }

    /** Numbers are set flush right in their column, so 9 and 39 end at the same place. */
    private void drawRight(PDPage page, PDPageContentStream cs, Placed p, double pageHeight) throws IOException {
        TextBox box = p.box();
        for (TextBox.Line line : box.lines()) {
            double x = p.x() + box.maxWidth() - line.width();
            text.drawLine(page, cs, line, x, pageHeight - p.y() - line.baseline());
        }
    }

    private static void fill(PDPageContentStream cs, Rect r, Rgb c, double pageHeight) throws IOException {
        cs.setNonStrokingColor(c.r(), c.g(), c.b());
        cs.addRect((float) r.x(), (float) (pageHeight - r.bottom()), (float) r.width(), (float) r.height());
        cs.fill();
    }
}
