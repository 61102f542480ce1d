package org.lessonpress.export.booklet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.lessonpress.export.pdfbox.DocumentInfo;
import org.lessonpress.theme.PageSize;

/**
 * Writes the printable booklet: the reading copy's pages as form XObjects (text stays text), two per side of a
 * sheet (the smallest standard sheet that holds them, the pair centred on it), in saddle-stitch order. Backs are
 * turned 180° for printers that flip on the long edge; creep
 * moves the pages of inner sheets towards the fold; fold marks are short ticks at the fold.
 */
final class ImposedBooklet {

    /** The choices of the imposition. */
    record Settings(boolean longEdge, double creep, boolean foldMarks, Instant timestamp, byte[] fileId) {
    }

    /** Sheets a printer takes, smallest first among those that hold a pair: ISO A7 to A0, US letter, legal, tabloid. */
    private static final List<String> SHEETS = List.of("A7", "A6", "A5", "A4", "A3", "A2", "A1", "A0",
            "letter", "legal", "tabloid");

    private ImposedBooklet() {
    }

    /**
     * The sheet for two pages of {@code w} × {@code h} side by side: the smallest standard sheet that holds the pair
     * (A5 pages on landscape A4, half-letter on landscape letter, A4 on landscape A3, letter on tabloid); when none
     * does, a sheet exactly the size of the pair.
     */
    static PDRectangle sheet(double w, double h) {
        double needW = 2 * w;
        double slack = 0.01;
        PDRectangle best = null;
        for (String name : SHEETS) {
            PageSize size = PageSize.parse(name).landscape();
            for (PageSize turned : List.of(size, size.portrait())) {
                if (turned.width() + slack >= needW && turned.height() + slack >= h
                        && (best == null || turned.width() * turned.height() < best.getWidth() * best.getHeight())) {
                    best = new PDRectangle((float) turned.width(), (float) turned.height());
                }
            }
        }
        return best != null ? best : new PDRectangle((float) needW, (float) h);
    }

    /** Imposes {@code readingCopy}; returns the number of sheet sides written. */
    static int write(byte[] readingCopy, Settings s, OutputStream out) throws IOException {
        try (PDDocument src = Loader.loadPDF(readingCopy); PDDocument dst = new PDDocument()) {
            PDRectangle box = src.getPage(0).getMediaBox();
            float w = box.getWidth();
            float h = box.getHeight();
            PDRectangle sheetBox = sheet(w, h);
            LayerUtility layers = new LayerUtility(dst);
            Map<Integer, PDFormXObject> forms = new HashMap<>();
            List<SaddleStitchImposer.Sheet> sheets = SaddleStitchImposer.sheets(src.getNumberOfPages());
            int sides = 0;
            for (SaddleStitchImposer.Sheet sheet : sheets) {
                double shift = SaddleStitchImposer.shift(sheet.index(), sheets.size(), s.creep());
                side(dst, src, layers, forms, sheet.front(), sheetBox, w, h, shift, false, s.foldMarks());
                side(dst, src, layers, forms, sheet.back(), sheetBox, w, h, shift, s.longEdge(), s.foldMarks());
                sides += 2;
            }
            info(src, dst, s);
            dst.save(out);
            return sides;
        }
    }

    private static void side(PDDocument dst, PDDocument src, LayerUtility layers, Map<Integer, PDFormXObject> forms,
                             SaddleStitchImposer.Side side, PDRectangle sheetBox, float w, float h, double shift,
                             boolean turn, boolean foldMarks) throws IOException {
        float sw = sheetBox.getWidth();
        float sh = sheetBox.getHeight();
        PDPage page = new PDPage(new PDRectangle(sw, sh));
        dst.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
            if (turn) {
                cs.transform(new Matrix(-1, 0, 0, -1, sw, sh));
            }
            // The pair is centred on the sheet: the spine lies on the sheet's centre line.
            float fold = sw / 2;
            float y = (sh - h) / 2;
            place(cs, src, layers, forms, side.left(), fold - w, y, w, h, (float) shift);
            place(cs, src, layers, forms, side.right(), fold, y, w, h, (float) -shift);
            if (foldMarks) {
                cs.setLineWidth(0.5f);
                cs.moveTo(fold, sh);
                cs.lineTo(fold, sh - 14);
                cs.moveTo(fold, 0);
                cs.lineTo(fold, 14);
                cs.stroke();
            }
        }
    }

    /** Draws source page {@code number} (0: blank) in the half starting at {@code x}, clipped to that half. */
    private static void place(PDPageContentStream cs, PDDocument src, LayerUtility layers, Map<Integer, PDFormXObject> forms,
                              int number, float x, float y, float w, float h, float shift) throws IOException {
        if (number == 0) {
            return;
        }
        PDFormXObject form = forms.get(number);
        if (form == null) {
            form = layers.importPageAsForm(src, number - 1);
            forms.put(number, form);
        }
        cs.saveGraphicsState();
        cs.addRect(x, y, w, h);
        cs.clip();
        cs.transform(Matrix.getTranslateInstance(x + shift, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    private static void info(PDDocument src, PDDocument dst, Settings s) {
        DocumentInfo.of(src).madeBy("lessonpress", "lessonpress (PDFBox)").stamp(dst, s.timestamp(), s.fileId());
    }
}
