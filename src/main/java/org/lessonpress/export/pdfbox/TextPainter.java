package org.lessonpress.export.pdfbox;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.TextBox;

/**
 * Draws the core's {@link TextBox}es with PDFBox: each run in its embedded font, size, colour and glyph scale, and an
 * invisible link annotation over linked text. Only drawing calls; all geometry comes from the layout. Coordinates
 * are PDF points, y up.
 */
public final class TextPainter {
    private final EmbeddedFonts fonts;

    public TextPainter(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    /** Draws the box with its top-left corner at ({@code x}, {@code top}); links are added to {@code page}. */
    public void draw(PDPage page, PDPageContentStream cs, TextBox box, double x, double top) throws IOException {
        for (TextBox.Line line : box.lines()) {
            drawLine(page, cs, line, x, top - line.baseline());
        }
    }

    /** Draws one line starting at {@code x} on the baseline {@code baselineY} (for centred or right-aligned lines). */
    public void drawLine(PDPage page, PDPageContentStream cs, TextBox.Line line, double x, double baselineY)
            throws IOException {
        for (TextBox.Run run : line.runs()) {
            Rgb c = run.color();
            cs.beginText();
            cs.setFont(fonts.font(run.face()), (float) run.size());
            cs.setNonStrokingColor(c.r(), c.g(), c.b());
            boolean scaled = Math.abs(run.scaleX() - 1) > 1e-6;
            boolean spaced = Math.abs(run.tracking()) > 1e-6;
            if (scaled) {
                cs.setHorizontalScaling((float) (run.scaleX() * 100));
            }
            if (spaced) {
                // Tc is scaled by Tz like the glyphs: divide it out so the gaps are the layout's.
                cs.setCharacterSpacing((float) (run.tracking() / run.scaleX()));
            }
            cs.newLineAtOffset((float) (x + run.x()), (float) baselineY);
            cs.showText(run.text());
            if (scaled) {
                cs.setHorizontalScaling(100);
            }
            if (spaced) {
                cs.setCharacterSpacing(0);
            }
            cs.endText();
        }
        if (page != null) {
            addLinks(page, line, x, baselineY);
        }
    }

    /** One annotation per stretch of runs with the same URL, covering the text from descender to ascender. */
    private static void addLinks(PDPage page, TextBox.Line line, double x, double baselineY) throws IOException {
        List<TextBox.Run> runs = line.runs();
        for (int i = 0; i < runs.size(); ) {
            String url = runs.get(i).link();
            if (url == null) {
                i++;
                continue;
            }
            int j = i;
            double right = runs.get(i).x() + runs.get(i).width();
            double size = runs.get(i).size();
            while (j + 1 < runs.size() && url.equals(runs.get(j + 1).link())) {
                j++;
                right = runs.get(j).x() + runs.get(j).width();
                size = Math.max(size, runs.get(j).size());
            }
            double left = runs.get(i).x();
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle((float) (x + left), (float) (baselineY - 0.25 * size),
                    (float) (right - left), (float) (1.1 * size)));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            PDActionURI action = new PDActionURI();
            action.setURI(url);
            link.setAction(action);
            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(link);
            page.setAnnotations(annotations);
            i = j + 1;
        }
    }
}
