package org.lessonpress.export.cards;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/** Helpers for tests that read the written PDF. */
final class PdfReading {
    private PdfReading() {
    }

    static byte[] write(String stem, Map<String, String> options) throws IOException {
        ExportContext ctx = Corpus.context("cards", Corpus.path(stem), options);
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardsExporter().write(doc, ctx, out);
        return out.toByteArray();
    }

    /** The text inside a rectangle given in PDF coordinates (y up). */
    static String textIn(PDPage page, Rect r) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        double h = page.getMediaBox().getHeight();
        s.addRegion("r", new Rectangle2D.Double(r.x(), h - r.top(), r.width(), r.height()));
        s.extractRegions(page);
        return s.getTextForRegion("r").replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The distinct baselines (down from the page top, in points) of the text inside a rectangle (y up), top first. */
    static List<Double> baselines(PDPage page, Rect r) throws IOException {
        java.util.TreeSet<Double> out = new java.util.TreeSet<>();
        double h = page.getMediaBox().getHeight();
        org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition t : positions) {
                    double x = t.getXDirAdj();
                    double y = t.getYDirAdj();
                    if (!t.getUnicode().isBlank() && x >= r.x() && x <= r.right() && y >= h - r.top() && y <= h - r.y()) {
                        if (out.stream().noneMatch(b -> Math.abs(b - y) < 0.01)) {
                            out.add(y);
                        }
                    }
                }
            }
        };
        try (PDDocument one = new PDDocument()) {
            one.addPage(page);
            s.getText(one);
        }
        return new ArrayList<>(out);
    }

    /** A straight stroked segment and the line width it was stroked with. */
    record Segment(double x1, double y1, double x2, double y2, double width) {
    }

    /** Every stroked straight segment on a page. */
    static List<Segment> strokes(PDPage page) throws IOException {
        List<Segment> out = new ArrayList<>();
        List<double[]> path = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private Point2D current;

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Double(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new double[] {current.getX(), current.getY(), x, y});
                current = new Point2D.Double(x, y);
            }

            @Override
            public void strokePath() {
                double w = getGraphicsState().getLineWidth();
                for (double[] p : path) {
                    out.add(new Segment(p[0], p[1], p[2], p[3], w));
                }
                path.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                strokePath();
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Double(x3, y3);
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
        };
        engine.processPage(page);
        return out;
    }
}
