package org.lessonpress.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.SectionColours;

/**
 * Where a PDF page puts ink, read from its content stream with PDFBox (form XObjects included), whoever wrote it
 * (OpenPDF, PDFBox, LibreOffice): every filled area with its fill colour, every stroke with its colour and width, and
 * every glyph with its fill colour, size, weight and what it sits on: the topmost fill painted before it under the
 * glyph (the paper, white, when none). For tests that text reads on whatever it is set on, and that section colours
 * stay apart.
 */
public final class PageInk {
    private static final Rgb WHITE = new Rgb(255, 255, 255);

    /**
     * A filled path: its bounding box in PDF user space (y up), clipped to the clip in force, its fill colour, and
     * its place in the page's painting order (shared with strokes and glyphs).
     */
    public record Fill(Rect bounds, Rgb color, int seq) {
        /** The shorter side: a hairline is thin however long it is. */
        public double thickness() {
            return Math.min(bounds.width(), bounds.height());
        }

        boolean covers(double x, double y) {
            return x >= bounds.x() && x <= bounds.right() && y >= bounds.y() && y <= bounds.top();
        }
    }

    /** A stroked path: bounding box, colour, line width (in user space) and place in the painting order. */
    public record Stroke(Rect bounds, Rgb color, double width, int seq) {
    }

    /**
     * One glyph as printed.
     *
     * @param text       its characters (from the font's ToUnicode map)
     * @param color      its fill colour
     * @param size       its size in points on the page
     * @param bold       whether its font is a bold face
     * @param x          where its baseline starts
     * @param y          its baseline
     * @param advance    its width
     * @param background the colour it sits on; of the parts of the glyph, the one it contrasts least with
     * @param seq        its place in the page's painting order
     */
    public record Glyph(String text, Rgb color, double size, boolean bold, double x, double y, double advance, Rgb background,
                        int seq) {
        public double contrast() {
            return color.contrast(background);
        }

        /** Large text in WCAG's sense (18 pt, or 14 pt bold, and up): it needs less contrast. */
        public boolean large() {
            return SectionColours.isLarge(size, bold);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' %s on %s (%.2f:1) at %.1f pt%s, (%.0f, %.0f)", text, color, background,
                    contrast(), size, bold ? " bold" : "", x, y);
        }
    }

    public final List<Fill> fills = new ArrayList<>();
    public final List<Stroke> strokes = new ArrayList<>();
    public final List<Glyph> glyphs = new ArrayList<>();

    private PageInk() {
    }

    /** A context like {@link Corpus#context} but with the bundled theme {@code theme}. */
    public static ExportContext context(String exporterId, Path input, Map<String, String> options, String theme) {
        try {
            return ExportContext.builder(Corpus.theme(theme))
                    .exporter(exporterId)
                    .source(input.getFileName().toString(), Files.readAllBytes(input))
                    .options(options)
                    .timestamp(Corpus.EPOCH)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page of a document. */
    public static List<PageInk> of(PDDocument pdf) throws IOException {
        List<PageInk> pages = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            pages.add(of(page));
        }
        return pages;
    }

    /** Reads the page's content stream. */
    public static PageInk of(PDPage page) throws IOException {
        PageInk ink = new PageInk();
        new Reader(page, ink).processPage(page);
        return ink;
    }

    /** The glyph colours, in painting order. */
    public List<Rgb> glyphColors() {
        return glyphs.stream().map(Glyph::color).toList();
    }

    /** Fills that are not white (paper-white areas use no ink). */
    public List<Fill> inkedFills() {
        return fills.stream().filter(f -> !f.color().equals(WHITE)).toList();
    }

    /** The topmost fill painted so far under a point, or white paper. */
    private Rgb under(double x, double y) {
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).covers(x, y)) {
                return fills.get(i).color();
            }
        }
        return WHITE;
    }

    private static Rgb rgb(PDColor c) throws IOException {
        int v = c.toRGB();
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    private static boolean bold(PDFont font) {
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy");
    }

    /** Tracks the current path's bounds and records what is painted with it. */
    private static final class Reader extends PDFGraphicsStreamEngine {
        private final PageInk ink;
        private Rectangle2D path;
        private Point2D current;
        private int seq;

        Reader(PDPage page, PageInk ink) {
            super(page);
            this.ink = ink;
        }

        private void add(double x, double y) {
            if (path == null) {
                path = new Rectangle2D.Double(x, y, 0, 0);
            } else {
                path.add(x, y);
            }
        }

        private Rect clipped(Rectangle2D b) {
            Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            Rectangle2D r = b.createIntersection(clip);
            return r.isEmpty() && !(b.getWidth() == 0 || b.getHeight() == 0) ? null
                    : new Rect(r.getX(), r.getY(), Math.max(0, r.getWidth()), Math.max(0, r.getHeight()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : List.of(p0, p1, p2, p3)) {
                add(p.getX(), p.getY());
            }
            current = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            add(x, y);
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            add(x, y);
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            add(x1, y1);
            add(x2, y2);
            add(x3, y3);
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (path != null) {
                Rect r = clipped(path);
                if (r != null) {
                    ink.fills.add(new Fill(r, rgb(getGraphicsState().getNonStrokingColor()), seq++));
                }
            }
            path = null;
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            Rectangle2D p = path;
            fillPath(windingRule);
            path = p;
            strokePath();
        }

        @Override
        public void strokePath() throws IOException {
            if (path != null) {
                double width = getGraphicsState().getLineWidth() * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
                ink.strokes.add(new Stroke(new Rect(path.getX(), path.getY(), path.getWidth(), path.getHeight()),
                        rgb(getGraphicsState().getStrokingColor()), width, seq++));
            }
            path = null;
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            if (!mode.isFill()) {
                return;
            }
            double size = trm.getScalingFactorY();
            double advance = displacement.getX() * trm.getScalingFactorX();
            double x = trm.getTranslateX();
            double y = trm.getTranslateY();
            // The background of a glyph: sampled across its middle at about half the x-height; the worst part counts.
            Rgb color = rgb(getGraphicsState().getNonStrokingColor());
            Rgb worst = null;
            for (double f : new double[] {0.2, 0.5, 0.8}) {
                Rgb under = ink.under(x + advance * f, y + size * 0.3);
                if (worst == null || color.contrast(under) < color.contrast(worst)) {
                    worst = under;
                }
            }
            String text = font.toUnicode(code);
            ink.glyphs.add(new Glyph(text == null ? "?" : text, color, size, bold(font), x, y, advance, worst, seq++));
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
            // W n: the path (still current until n ends it) narrows the clip of the graphics state
            if (path != null) {
                getGraphicsState().intersectClippingPath(new java.awt.geom.GeneralPath(path));
            }
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
