package org.lessonpress.export.poster;

import java.io.IOException;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.lessonpress.export.pdfbox.CropMarks;
import org.lessonpress.export.pdfbox.EmbeddedFonts;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.TextBox;
import org.lessonpress.typeset.Typesetter;

/**
 * Cuts a finished poster into sheets: the poster page becomes one form XObject (its text stays text) drawn on every
 * sheet at 1:1, clipped to that sheet's window, with corner cut marks, registration targets on each side, ticks where
 * the overlap ends and a small "row 2 / col 3" label in the margin.
 */
final class PosterTiler {
    private static final double MARK = Units.mm(5);
    private static final double MARK_GAP = Units.mm(1.5);

    private final TilePlan plan;
    private final Typesetter type;
    private final Styler labelStyle;
    private final Rgb ink;

    PosterTiler(TilePlan plan, FontChain sans, Rgb ink, Typesetter type) {
        this.plan = plan;
        this.type = type;
        this.labelStyle = type.styler(sans, sans, ink, ink);
        this.ink = ink;
    }

    /** Adds one page per sheet to {@code tiles}, row by row. */
    void tile(PDDocument poster, PDDocument tiles) throws IOException {
        PDPage source = poster.getPage(0);
        double posterH = source.getMediaBox().getHeight();
        PDFormXObject form = new LayerUtility(tiles).importPageAsForm(poster, 0);
        EmbeddedFonts fonts = new EmbeddedFonts(tiles);
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
                    TextBox label = type.measure(labelStyle.plain(text, FontStyle.REGULAR, (cp, chain) -> '?'))
                            .layout(Setting.DISPLAY, 7, 7 * 1.2, plan.printW() - 2 * MARK);
                    painter.draw(null, cs, label, m + MARK + MARK_GAP, m - MARK_GAP - 1);
                }
            }
        }
    }

    private void marks(PDPageContentStream cs) throws IOException {
        double m = plan.margin();
        Rect print = new Rect(m, m, plan.sheetW() - 2 * m, plan.sheetH() - 2 * m);
        CropMarks pen = new CropMarks(cs, ink, 0.4);
        pen.corners(print, MARK_GAP, MARK);
        double o = plan.overlap();
        if (o > 0) {
            pen.dash(1.5);
            for (double x : new double[] {print.x() + o, print.right() - o}) {
                pen.line(x, print.top() + MARK_GAP, x, print.top() + MARK_GAP + MARK * 0.6);
            }
            for (double y : new double[] {print.y() + o, print.top() - o}) {
                pen.line(print.right() + MARK_GAP, y, print.right() + MARK_GAP + MARK * 0.6, y);
            }
            pen.dash(0);
        }
        double r = MARK * 0.35;
        double off = MARK_GAP + MARK * 0.5;
        double cx = (print.x() + print.right()) / 2;
        double cy = (print.y() + print.top()) / 2;
        pen.target(cx, print.top() + off, r, 1.5 * r);
        pen.target(print.x() - off, cy, r, 1.5 * r);
        pen.target(print.right() + off, cy, r, 1.5 * r);
    }
}
