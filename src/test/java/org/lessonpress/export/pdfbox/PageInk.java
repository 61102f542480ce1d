package org.lessonpress.export.pdfbox;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Rgb;

/**
 * Where a PDF page puts ink, read from its content stream with PDFBox: every filled area (bounding box and fill
 * colour) and the fill colour of every glyph. For tests of themes that must print light or keep text readable.
 */
public final class PageInk {
    /** A filled path: its bounding box in PDF user space (y up) and its fill colour. */
    public record Fill(Rect bounds, Rgb color) {
        /** The shorter side: a hairline is thin however long it is. */
        public double thickness() {
            return Math.min(bounds.width(), bounds.height());
        }
    }

    public final List<Fill> fills = new ArrayList<>();
    public final List<Rgb> glyphColors = new ArrayList<>();

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

    /** Reads the page's content stream (form XObjects included). */
    public static PageInk of(PDPage page) throws IOException {
        PageInk ink = new PageInk();
        Rectangle2D[] path = {null};
        Point2D[] current = {null};
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private void add(double x, double y) {
                if (path[0] == null) {
                    path[0] = new Rectangle2D.Double(x, y, 0, 0);
                } else {
                    path[0].add(x, y);
                }
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                for (Point2D p : List.of(p0, p1, p2, p3)) {
                    add(p.getX(), p.getY());
                }
                current[0] = p0;
            }

            @Override
            public void moveTo(float x, float y) {
                add(x, y);
                current[0] = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                add(x, y);
                current[0] = new Point2D.Float(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                add(x1, y1);
                add(x2, y2);
                add(x3, y3);
                current[0] = new Point2D.Float(x3, y3);
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                if (path[0] != null) {
                    Rectangle2D b = path[0];
                    ink.fills.add(new Fill(new Rect(b.getX(), b.getY(), b.getWidth(), b.getHeight()),
                            rgb(getGraphicsState().getNonStrokingColor())));
                }
                path[0] = null;
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void strokePath() {
                path[0] = null;
            }

            @Override
            public void endPath() {
                path[0] = null;
            }

            @Override
            protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
                ink.glyphColors.add(rgb(getGraphicsState().getNonStrokingColor()));
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return current[0];
            }

            @Override
            public void closePath() {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        return ink;
    }

    private static Rgb rgb(PDColor c) throws IOException {
        int v = c.toRGB();
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    /** Fills that are not white (paper-white areas use no ink). */
    public List<Fill> inkedFills() {
        Rgb white = new Rgb(255, 255, 255);
        return fills.stream().filter(f -> !f.color().equals(white)).toList();
    }
}
