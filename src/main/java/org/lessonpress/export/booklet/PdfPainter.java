package org.lessonpress.export.booklet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.lessonpress.model.Metadata;

/**
 * Paints a {@link Layout} with OpenPDF: text in embedded fonts only, rules and boxes, link annotations (URIs and
 * named destinations), bookmarks, document information, XMP and {@code /Lang}, with fixed dates and file ID.
 */
final class PdfPainter {

    /** What goes into the document information besides the layout. */
    record Info(Metadata metadata, Instant timestamp, byte[] fileId) {
    }

    private final OpenPdfFonts fonts;

    PdfPainter(OpenPdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Runs OpenPDF once, on a blank page written to nowhere, and parses one bundled face: the first document of a
     * process otherwise pays for OpenPDF's class set-up (PdfName alone reflects over a thousand constants) and for
     * cold font-parsing code. Nothing is kept; the real document reports its own errors.
     */
    static void warmUp() {
        try {
            Document d = new Document(new Rectangle(10, 10), 0, 0, 0, 0);
            PdfWriter w = PdfWriter.getInstance(d, OutputStream.nullOutputStream());
            d.open();
            PdfContentByte cb = w.getDirectContent();
            cb.setRGBColorFill(0, 0, 0);
            cb.rectangle(0, 0, 1, 1);
            cb.fill();
            w.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar(Instant.EPOCH)));
            w.createXmpMetadata();
            d.close();
            org.lessonpress.theme.FontFace face = org.lessonpress.theme.FontCatalog.bundled().family("Noto Serif")
                    .face(org.lessonpress.theme.FontStyle.REGULAR);
            new OpenPdfFonts(name -> 0L).font(face);
        } catch (RuntimeException e) {
            // A head start only.
        }
    }

    void paint(Layout layout, Info info, OutputStream out) {
        Geometry g = layout.geometry();
        Document document = new Document(new Rectangle((float) g.width(), (float) g.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.PageLayoutTwoPageRight);
            Metadata m = info.metadata();
            document.addTitle(m.title());
            if (!m.author().isEmpty()) {
                document.addAuthor(m.author());
            }
            String subject = m.subtitle().isEmpty() ? m.title() : m.subtitle();
            document.addSubject(subject);
            if (!m.keywords().isEmpty()) {
                document.addKeywords(String.join(", ", m.keywords()));
            }
            document.addCreator("lessonpress");
            document.open();
            for (Layout.Page page : layout.pages()) {
                if (page.number() > 1) {
                    document.newPage();
                }
                writer.setPageEmpty(false);
                paint(page, writer, g.height());
            }
            outline(writer.getRootOutline(), layout.outline());
            PdfDate date = new PdfDate(calendar(info.timestamp()));
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(info.fileId(), info.fileId()));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language()));
            writer.createXmpMetadata();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF refused the booklet: " + e.getMessage(), e);
        }
    }

    private static Calendar calendar(Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    private void paint(Layout.Page page, PdfWriter writer, double height) {
        PdfContentByte cb = writer.getDirectContent();
        for (Map.Entry<String, Double> a : page.anchors().entrySet()) {
            cb.localDestination(a.getKey(), new PdfDestination(PdfDestination.XYZ, 0, (float) (height - a.getValue() + 4), 0));
        }
        for (PageItem it : page.items()) {
            if (it instanceof PageItem.Text t) {
                cb.beginText();
                cb.setFontAndSize(fonts.font(t.face()), (float) t.size());
                cb.setRGBColorFill(t.color().red(), t.color().green(), t.color().blue());
                cb.setTextMatrix((float) t.x(), (float) (height - t.y()));
                boolean scaled = Math.abs(t.scaleX() - 1) > 1e-6;
                if (scaled) {
                    cb.setHorizontalScaling((float) (t.scaleX() * 100));
                }
                if (t.tracking() != 0) {
                    // Tc is scaled by Tz like the glyphs: divide it out so the gaps are the layout's.
                    cb.setCharacterSpacing((float) (t.tracking() / t.scaleX()));
                }
                cb.showText(t.text());
                if (scaled) {
                    cb.setHorizontalScaling(100);
                }
                if (t.tracking() != 0) {
                    cb.setCharacterSpacing(0);
                }
                cb.endText();
            } else if (it instanceof PageItem.Box b) {
                cb.setRGBColorFill(b.color().red(), b.color().green(), b.color().blue());
                cb.rectangle((float) b.x(), (float) (height - b.y() - b.height()), (float) b.width(), (float) b.height());
                cb.fill();
            } else if (it instanceof PageItem.Stroke s) {
                cb.setRGBColorStroke(s.color().red(), s.color().green(), s.color().blue());
                cb.setLineWidth((float) s.thickness());
                cb.moveTo((float) s.x1(), (float) (height - s.y1()));
                cb.lineTo((float) s.x2(), (float) (height - s.y2()));
                cb.stroke();
            } else if (it instanceof PageItem.Link l) {
                link(writer, l, height);
            }
        }
    }

    private static void link(PdfWriter writer, PageItem.Link l, double height) {
        PdfAction action = l.internal() ? PdfAction.gotoLocalPage(l.target().substring(1), false) : new PdfAction(l.target());
        Rectangle r = new Rectangle((float) l.x(), (float) (height - l.y() - l.height()), (float) (l.x() + l.width()),
                (float) (height - l.y()));
        PdfAnnotation a = PdfAnnotation.createLink(writer, r, PdfAnnotation.HIGHLIGHT_NONE, action);
        a.put(PdfName.BORDER, new PdfArray(new float[] {0, 0, 0}));
        writer.addAnnotation(a);
    }

    private static void outline(PdfOutline parent, List<Layout.OutlineNode> nodes) {
        for (Layout.OutlineNode n : nodes) {
            PdfOutline o = new PdfOutline(parent, PdfAction.gotoLocalPage(n.destination(), false), n.title(), false);
            outline(o, n.children());
        }
    }

}
