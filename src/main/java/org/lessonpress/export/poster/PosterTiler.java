package org.lessonpress.export.poster;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.lessonpress.export.pdfbox.InlineStyler;
import org.lessonpress.export.pdfbox.LineBreaker;
import org.lessonpress.export.pdfbox.PdfFonts;
import org.lessonpress.export.pdfbox.TextBox;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.export.poster.PosterLayout.Rect;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;

/**
 * Cuts a finished poster into sheets: the poster page becomes one form XObject (its text stays text) drawn on every
 * sheet at 1:1, clipped to that sheet's window, with corner cut marks, registration targets on each side, ticks where
 * the overlap ends and a small "row 2 / col 3" label in the margin.
 */
final class PosterTiler {
    private static final double MARK = Units.mm(5);
    private static final double MARK_GAP = Units.mm(1.5);

    private final TilePlan plan;
    private final InlineStyler labelStyle;
    private final Rgb ink;

    PosterTiler(TilePlan plan, FontChain sans, Rgb ink) {
        this.plan = plan;
        this.labelStyle = new InlineStyler(sans, sans, ink, ink);
        this.ink = ink;
    }

    /** Adds one page per sheet to {@code tiles}, row by row. */
    void tile(PDDocument poster, PDDocument tiles) throws IOException {
        PDPage source = poster.getPage(0);
        double posterH = source.getMediaBox().getHeight();
        PDFormXObject form = new LayerUtility(tiles).importPageAsForm(poster, 0);
        PdfFonts fonts = new PdfFonts(tiles);
        LineBreaker breaker = new LineBreaker(fonts);
        TextPainter painter = new TextPainter(fonts);
        double m = plan.margin();
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                PDPage page = new PDPage(new PDRectangle((float) plan.sheetW(), (float) plan.sheetH()));
                tiles.addPage(page);
                Rect w = plan.window(r, c);
                try (PDPageContentStream cs = new PDPageContentStream(tiles, page)) {
                    cs.saveGraphicsState();
                    cs.addRect((float) m, (float) m, (float) plan.printW(), (float) plan.printH());
                    cs.clip();
                    double tx = m - w.x();
                    double ty = (plan.sheetH() - m) - (posterH - w.y());
                    cs.transform(Matrix.getTranslateInstance((float) tx, (float) ty));
                    cs.drawForm(form);
                    cs.restoreGraphicsState();
                    marks(cs);
                    String text = "row " + (r + 1) + " / col " + (c + 1) + "   \u00b7   " + plan.rows() + " \u00d7 " + plan.columns()
                            + " sheets, overlap " + Math.round(Units.toMm(plan.overlap())) + " mm, scale 1:1";
                    TextBox label = breaker.layout(labelStyle.plain(text, FontStyle.REGULAR, (cp, chain) -> '?'), 7, 1.2, plan.printW() - 2 * MARK);
                    painter.draw(null, cs, label, m + MARK + MARK_GAP, m - MARK_GAP - 1);
                }
            }
        }
    }

    private void marks(PDPageContentStream cs) throws IOException {
        double m = plan.margin();
        double x0 = m;
        double x1 = plan.sheetW() - m;
        double y0 = m;
        double y1 = plan.sheetH() - m;
        cs.setStrokingColor(ink.r(), ink.g(), ink.b());
        cs.setLineWidth(0.4f);
        for (double[] corner : List.of(new double[] {x0, y0, -1, -1}, new double[] {x1, y0, 1, -1},
                new double[] {x0, y1, -1, 1}, new double[] {x1, y1, 1, 1})) {
            double x = corner[0];
            double y = corner[1];
            line(cs, x + corner[2] * MARK_GAP, y, x + corner[2] * (MARK_GAP + MARK), y);
            line(cs, x, y + corner[3] * MARK_GAP, x, y + corner[3] * (MARK_GAP + MARK));
        }
        double o = plan.overlap();
        if (o > 0) {
            cs.setLineDashPattern(new float[] {1.5f, 1.5f}, 0);
            for (double x : new double[] {x0 + o, x1 - o}) {
                line(cs, x, y1 + MARK_GAP, x, y1 + MARK_GAP + MARK * 0.6);
            }
            for (double y : new double[] {y0 + o, y1 - o}) {
                line(cs, x1 + MARK_GAP, y, x1 + MARK_GAP + MARK * 0.6, y);
            }
            cs.setLineDashPattern(new float[0], 0);
        }
        double r = MARK * 0.35;
        double off = MARK_GAP + MARK * 0.5;
        target(cs, (x0 + x1) / 2, y1 + off, r);
        target(cs, x0 - off, (y0 + y1) / 2, r);
        target(cs, x1 + off, (y0 + y1) / 2, r);
    }

    private static void target(PDPageContentStream cs, double cx, double cy, double r) throws IOException {
        double k = 0.5523 * r;
        cs.moveTo((float) (cx + r), (float) cy);
        cs.curveTo((float) (cx + r), (float) (cy + k), (float) (cx + k), (float) (cy + r), (float) cx, (float) (cy + r));
        cs.curveTo((float) (cx - k), (float) (cy + r), (float) (cx - r), (float) (cy + k), (float) (cx - r), (float) cy);
        cs.curveTo((float) (cx - r), (float) (cy - k), (float) (cx - k), (float) (cy - r), (float) cx, (float) (cy - r));
        cs.curveTo((float) (cx + k), (float) (cy - r), (float) (cx + r), (float) (cy - k), (float) (cx + r), (float) cy);
        cs.stroke();
        line(cs, cx - 1.5 * r, cy, cx + 1.5 * r, cy);
        line(cs, cx, cy - 1.5 * r, cx, cy + 1.5 * r);
    }

    private static void line(PDPageContentStream cs, double ax, double ay, double bx, double by) throws IOException {
        cs.moveTo((float) ax, (float) ay);
        cs.lineTo((float) bx, (float) by);
        cs.stroke();
    }
}
