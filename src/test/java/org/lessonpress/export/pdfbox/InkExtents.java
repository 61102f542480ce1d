package org.lessonpress.export.pdfbox;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.lessonpress.theme.Rgb;

/**
 * Where a page really puts ink, read from its content stream (form XObjects included) with a PDFBox stream engine:
 * the bounding box of every filled path, every stroked path (grown by half its line width) and every glyph's
 * outline, each cut to the clipping path in force. Page coordinates, y up. For tests of what may print where.
 */
public final class InkExtents {
    /** What made the ink. */
    public enum Kind { FILL, STROKE, GLYPH }

    /**
     * One painted thing.
     *
     * @param kind      fill, stroke or glyph
     * @param bounds    its visible bounding box
     * @param color     its colour
     * @param lineWidth the line width of a stroke, 0 otherwise
     * @param text      the glyph's character(s), "" for paths
     */
    public record Extent(Kind kind, Rect bounds, Rgb color, double lineWidth, String text) {
    }

    private final List<Extent> extents = new ArrayList<>();

    private InkExtents() {
    }

    public List<Extent> all() {
        return List.copyOf(extents);
    }

    public List<Extent> of(Kind kind) {
        return extents.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Reads a page. */
    public static InkExtents of(PDPage page) throws IOException {
        InkExtents ink = new InkExtents();
        new Engine(page, ink).processPage(page);
        return ink;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final InkExtents ink;
        private final GeneralPath path = new GeneralPath();
        private Point2D current;
        /** Set by W / W*: the path, once painted or ended, also narrows the clip (as PDFBox's own PageDrawer does). */
        private Integer pendingClip;

        Engine(PDPage page, InkExtents ink) {
            super(page);
            this.ink = ink;
        }

        private void add(Kind kind, Rectangle2D box, PDColor colour, double width, String text) throws IOException {
            Shape clip = getGraphicsState().getCurrentClippingPath();
            Rectangle2D visible = box.createIntersection(clip.getBounds2D());
            if (visible.getWidth() < 0 || visible.getHeight() < 0) {
                return;
            }
            ink.extents.add(new Extent(kind, new Rect(visible.getX(), visible.getY(), visible.getWidth(), visible.getHeight()),
                    rgb(colour), width, text));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
            current = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (path.getCurrentPoint() != null) {
                add(Kind.FILL, path.getBounds2D(), getGraphicsState().getNonStrokingColor(), 0, "");
            }
            finishPath();
        }

        /** The number of drawing segments in the current path (a move starts none). */
        private int segments() {
            int n = 0;
            for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(new double[6]) != java.awt.geom.PathIterator.SEG_MOVETO) {
                    n++;
                }
            }
            return n;
        }

        private void finishPath() {
            if (pendingClip != null) {
                path.setWindingRule(pendingClip);
                getGraphicsState().intersectClippingPath(path);
                pendingClip = null;
            }
            path.reset();
        }

        @Override
        public void strokePath() throws IOException {
            if (path.getCurrentPoint() != null) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double width = getGraphicsState().getLineWidth() * Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY()
                        - ctm.getShearX() * ctm.getShearY()));
                Rectangle2D b = path.getBounds2D();
                // A butt-capped straight line ends where it ends: only its width grows it, across the line.
                boolean butt = getGraphicsState().getLineCap() == 0 && segments() == 1;
                double grow = width / 2;
                double growX = butt && b.getWidth() > 0 && b.getHeight() == 0 ? 0 : grow;
                double growY = butt && b.getHeight() > 0 && b.getWidth() == 0 ? 0 : grow;
                Rectangle2D grown = new Rectangle2D.Double(b.getX() - growX, b.getY() - growY, b.getWidth() + 2 * growX,
                        b.getHeight() + 2 * growY);
                add(Kind.STROKE, grown, getGraphicsState().getStrokingColor(), width, "");
            }
            finishPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            Integer clip = pendingClip;
            pendingClip = null;
            GeneralPath copy = (GeneralPath) path.clone();
            fillPath(windingRule);
            path.append(copy, false);
            pendingClip = clip;
            strokePath();
        }

        @Override
        public void endPath() {
            finishPath();
        }

        @Override
        public void clip(int windingRule) {
            pendingClip = windingRule;
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            if (!(font instanceof PDVectorFont vector)) {
                return;
            }
            GeneralPath outline = vector.getNormalizedPath(code);
            if (outline == null || outline.getBounds2D().isEmpty()) {
                return;
            }
            AffineTransform at = textRenderingMatrix.createAffineTransform();
            at.scale(0.001, 0.001);
            Rectangle2D box = at.createTransformedShape(outline).getBounds2D();
            String text = font.toUnicode(code);
            add(Kind.GLYPH, box, getGraphicsState().getNonStrokingColor(), 0, text == null ? "" : text);
        }
    }

    private static Rgb rgb(PDColor c) throws IOException {
        int v = c.toRGB();
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
