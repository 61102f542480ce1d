package org.lessonpress.export.slides;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLFactory;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A deck's styles part ({@code word/styles.xml}) written from bytes serialised once: decks that share a style sheet
 * ({@link DeckStyles}) would each have POI serialise the same styles again, about a tenth of writing a deck. The bytes
 * are those POI's own styles part writes ({@link #serialise}, the options of {@code XWPFStyles.commit}), and the part
 * is made where and as {@code XWPFDocument.createStyles} makes it, so the file is byte for byte the same. The deck
 * never reads its styles back through the document (its writer only names style IDs).
 */
final class StylesPart extends POIXMLDocumentPart {
    private final byte[] xml;

    private StylesPart(byte[] xml) {
        this.xml = xml;
    }

    /** Adds the styles part to a new document. */
    static void addTo(XWPFDocument doc, byte[] xml) {
        doc.createRelationship(XWPFRelation.STYLES, new POIXMLFactory() {
            @Override
            public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
                return new StylesPart(xml);
            }

            @Override
            protected POIXMLRelation getDescriptor(String relationshipType) {
                return XWPFRelation.STYLES;
            }
        });
    }

    /** The styles as POI writes them into {@code word/styles.xml}. */
    static byte[] serialise(CTStyles styles) {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTStyles.type.getName().getNamespaceURI(), "styles"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            styles.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    protected void commit() throws IOException {
        try (OutputStream out = getPackagePart().getOutputStream()) {
            out.write(xml);
        }
    }
}
