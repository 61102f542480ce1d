package org.lessonpress.export.pdfbox;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.lessonpress.theme.Rgb;

/**
 * Printer's marks on a PDFBox page, in PDF user space (y up): cut lines, corner crop marks, registration targets
 * and outlines, all hairlines in one ink. Only drawing calls; where the marks go is the caller's layout.
 */
public final class CropMarks {
    /** Bézier handle length for a quarter circle, as a part of the radius. */
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream cs;

    /**
     * Sets the stroke colour and line width of {@code cs} for the marks that follow. A grey or black ink is set as
     * DeviceGray, so the marks print on the black plate only instead of as a four-colour rich black.
     */
    public CropMarks(PDPageContentStream cs, Rgb ink, double width) throws IOException {
        this.cs = cs;
        if (ink.red() == ink.green() && ink.green() == ink.blue()) {
            cs.setStrokingColor(ink.r());
        } else {
            cs.setStrokingColor(ink.r(), ink.g(), ink.b());
        }
        cs.setLineWidth((float) width);
    }

    /** A straight mark from (x1, y1) to (x2, y2). */
    public void line(double x1, double y1, double x2, double y2) throws IOException {
        cs.moveTo((float) x1, (float) y1);
        cs.lineTo((float) x2, (float) y2);
        cs.stroke();
    }

    /** Following lines are dashed ({@code dash} on, {@code dash} off), or solid again when {@code dash} is 0. */
    public void dash(double dash) throws IOException {
        cs.setLineDashPattern(dash > 0 ? new float[] {(float) dash, (float) dash} : new float[0], 0);
    }

    /**
     * Crop marks at the four corners of {@code trim}: each edge extended outward, starting {@code gap} from the
     * corner and {@code length} long, so the marks never touch the trimmed area.
     */
    public void corners(Rect trim, double gap, double length) throws IOException {
        double[][] corners = {{trim.x(), trim.y(), -1, -1}, {trim.right(), trim.y(), 1, -1},
            {trim.x(), trim.top(), -1, 1}, {trim.right(), trim.top(), 1, 1}};
        for (double[] c : corners) {
            line(c[0] + c[2] * gap, c[1], c[0] + c[2] * (gap + length), c[1]);
            line(c[0], c[1] + c[3] * gap, c[0], c[1] + c[3] * (gap + length));
        }
    }

    /** A registration target: a circle of {@code radius} and a cross reaching {@code arm} from the centre. */
    public void target(double cx, double cy, double radius, double arm) throws IOException {
        circle(cx, cy, radius);
        line(cx - arm, cy, cx + arm, cy);
        line(cx, cy - arm, cx, cy + arm);
    }

    /** The outline of a rectangle. */
    public void outline(Rect r) throws IOException {
        cs.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
        cs.stroke();
    }

    private void circle(double cx, double cy, double r) throws IOException {
        double k = KAPPA * r;
        cs.moveTo((float) (cx + r), (float) cy);
        cs.curveTo((float) (cx + r), (float) (cy + k), (float) (cx + k), (float) (cy + r), (float) cx, (float) (cy + r));
        cs.curveTo((float) (cx - k), (float) (cy + r), (float) (cx - r), (float) (cy + k), (float) (cx - r), (float) cy);
        cs.curveTo((float) (cx - r), (float) (cy - k), (float) (cx - k), (float) (cy - r), (float) cx, (float) (cy - r));
        cs.curveTo((float) (cx + k), (float) (cy - r), (float) (cx + r), (float) (cy - k), (float) (cx + r), (float) cy);
        cs.stroke();
    }
}
