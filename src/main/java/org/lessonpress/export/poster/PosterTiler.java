package org.lessonpress.export.poster;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.lessonpress.export.pdfbox.CropMarks;
import org.lessonpress.export.pdfbox.EmbeddedFonts;
import org.lessonpress.export.pdfbox.TextPainter;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.TextBox;
import org.lessonpress.typeset.Typesetter;

/**
 * Cuts a finished poster into sheets: the poster page becomes one form XObject (its text stays text) drawn on every
 * sheet at 1:1, clipped to that sheet's window, with the marks {@link TileMarks} places and a small "row 2 /
 * column 3" label in the margin, in the document's language. Only drawing calls.
 */
final class PosterTiler {
    /** Label sizes tried, largest first, until the label takes one line. */
    private static final double LABEL_SIZE = 7;
    private static final double LABEL_MIN_SIZE = 5;
    private static final double LABEL_LEADING = 1.2;
    private static final double MARK_WIDTH = 0.4;

    private final TilePlan plan;
    private final Typesetter type;
    private final Styler labelStyle;
    private final Rgb ink;
    private final Labels labels;
    private final double printMargin;

    PosterTiler(TilePlan plan, FontChain sans, Rgb ink, Labels labels, double printMargin, Typesetter type) {
        this.plan = plan;
        this.type = type;
        this.labelStyle = type.styler(sans, sans, ink, ink);
        this.ink = ink;
        this.labels = labels;
        this.printMargin = printMargin;
    }

    /** Adds one page per sheet to {@code tiles}, row by row. */
    void tile(PDDocument poster, PDDocument tiles) throws IOException {
        PDPage source = poster.getPage(0);
        double posterW = source.getMediaBox().getWidth();
        double posterH = source.getMediaBox().getHeight();
        PDFormXObject form = new LayerUtility(tiles).importPageAsForm(poster, 0);
        EmbeddedFonts fonts = new EmbeddedFonts(tiles);
        TextPainter painter = new TextPainter(fonts);
        double m = plan.margin();
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                PDPage page = new PDPage(new PDRectangle((float) plan.sheetW(), (float) plan.sheetH()));
                tiles.addPage(page);
                var w = plan.window(r, c);
                TextBox label = label(r, c);
                TileMarks marks = TileMarks.of(plan, r, c, posterW, posterH, printMargin, label.width());
                try (PDPageContentStream cs = new PDPageContentStream(tiles, page)) {
                    cs.saveGraphicsState();
                    cs.addRect((float) m, (float) m, (float) plan.printW(), (float) plan.printH());
                    cs.clip();
                    double tx = m - w.x();
                    double ty = (plan.sheetH() - m) - (posterH - w.y());
                    cs.transform(Matrix.getTranslateInstance((float) tx, (float) ty));
                    cs.drawForm(form);
                    cs.restoreGraphicsState();
                    draw(cs, marks);
                    double middle = (marks.labelBottom + marks.labelTop) / 2;
                    painter.draw(null, cs, label, marks.labelLeft, middle + label.height() / 2);
                }
            }
        }
    }

    private void draw(PDPageContentStream cs, TileMarks marks) throws IOException {
        CropMarks pen = new CropMarks(cs, ink, MARK_WIDTH);
        for (TileMarks.Line l : marks.lines) {
            pen.dash(l.dashed() ? 1.5 : 0);
            pen.line(l.x1(), l.y1(), l.x2(), l.y2());
        }
        pen.dash(0);
        for (TileMarks.Target t : marks.targets) {
            pen.target(t.x(), t.y(), t.radius(), t.arm());
        }
    }

    /** The label on one line, at the largest size from 7 pt down that fits between the window's corners. */
    private TextBox label(int row, int column) {
        String text = labels.format(Label.TILE, "row", Integer.toString(row + 1), "column", Integer.toString(column + 1),
                "rows", Integer.toString(plan.rows()), "columns", Integer.toString(plan.columns()), "overlap", overlap());
        MeasuredParagraph measured = type.measure(labelStyle.plain(text, FontStyle.REGULAR, (cp, chain) -> '?'));
        double room = plan.printW() - 4 * TileMarks.GAP;
        double height = plan.margin() - TileMarks.GAP - printMargin;
        TextBox box = measured.layout(Setting.DISPLAY, LABEL_SIZE, LABEL_SIZE * LABEL_LEADING, room);
        for (double size = LABEL_SIZE; size >= LABEL_MIN_SIZE && (box.lines().size() > 1 || box.height() > height); size -= 0.5) {
            box = measured.layout(Setting.DISPLAY, size, size * LABEL_LEADING, room);
        }
        return box;
    }

    /** "10 mm", or "42 × 10 mm" (across × down) when the sheets overlap more in one direction. */
    private String overlap() {
        long x = Math.round(Units.toMm(plan.overlapX()));
        long y = Math.round(Units.toMm(plan.overlapY()));
        return x == y ? String.format(Locale.ROOT, "%d\u00a0mm", x) : String.format(Locale.ROOT, "%d\u00a0×\u00a0%d\u00a0mm", x, y);
    }
}
