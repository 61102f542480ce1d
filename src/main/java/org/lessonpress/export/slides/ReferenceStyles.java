package org.lessonpress.export.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Styles taken from a user's document, as pandoc's {@code --reference-doc} does: every style the reference defines
 * replaces the deck's style with the same ID (fonts, sizes, colours, spacing), its document defaults replace the
 * deck's, and styles only the deck has stay. The page breaks that make one slide per page are kept whatever the
 * reference says: they are structure, not look.
 */
final class ReferenceStyles {
    private final CTStyles styles;

    private ReferenceStyles(CTStyles styles) {
        this.styles = styles;
    }

    /** Reads the styles of a .docx; a file that is not one is an IllegalArgumentException saying so. */
    static ReferenceStyles read(String file) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(file + " is not a file; give a .docx whose styles to use");
        }
        try (InputStream in = Files.newInputStream(p); XWPFDocument doc = new XWPFDocument(in)) {
            CTStyles st = doc.getStyle();
            return new ReferenceStyles((CTStyles) st.copy());
        } catch (IOException | XmlException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a Word document we can read styles from (" + e.getMessage() + ")");
        }
    }

    /** Our styles with the reference's laid over them; {@code slideStarts} are the style IDs that begin a slide. */
    CTStyles over(CTStyles ours, Set<String> slideStarts) throws XmlException {
        Element root = root(ours);
        Document owner = root.getOwnerDocument();
        Map<String, Element> byId = new HashMap<>();
        Element ourDefaults = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "style".equals(e.getLocalName())) {
                byId.put(StyleMetrics.attr(e, "styleId"), e);
            } else if (n instanceof Element e && "docDefaults".equals(e.getLocalName())) {
                ourDefaults = e;
            }
        }
        Element refRoot = root(styles);
        for (Node n = refRoot.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !StyleMetrics.W.equals(e.getNamespaceURI())) {
                continue;
            }
            Element copy = (Element) owner.importNode(e, true);
            if ("docDefaults".equals(e.getLocalName()) && ourDefaults != null) {
                root.replaceChild(copy, ourDefaults);
                ourDefaults = copy;
            } else if ("style".equals(e.getLocalName())) {
                Element mine = byId.get(StyleMetrics.attr(e, "styleId"));
                if (mine != null) {
                    root.replaceChild(copy, mine);
                } else {
                    root.appendChild(copy);
                }
                byId.put(StyleMetrics.attr(e, "styleId"), copy);
            }
        }
        for (String id : slideStarts) {
            Element style = byId.get(id);
            if (style != null) {
                keepPageBreak(style);
            }
        }
        return StylesDocument.Factory.parse(owner).getStyles();
    }

    /** A detached copy of a {@code w:styles} element, to edit as DOM. */
    private static Element root(CTStyles styles) {
        StylesDocument holder = StylesDocument.Factory.newInstance();
        holder.setStyles(styles);
        return ((Document) holder.getDomNode()).getDocumentElement();
    }

    /** The element itself, or the root element of a detached copy's document fragment. */
    static Element element(Node node) {
        if (node instanceof Element e) {
            return e;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new IllegalStateException("no element in " + node);
    }

    /** Puts {@code w:pageBreakBefore} where the schema wants it in the style's {@code w:pPr}. */
    private static void keepPageBreak(Element style) {
        Document owner = style.getOwnerDocument();
        Element ppr = StyleMetrics.child(style, "pPr");
        if (ppr == null) {
            ppr = owner.createElementNS(StyleMetrics.W, "w:pPr");
            Node before = null;
            for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && Set.of("rPr", "tblPr", "trPr", "tcPr", "tblStylePr").contains(e.getLocalName())) {
                    before = e;
                    break;
                }
            }
            style.insertBefore(ppr, before);
        }
        Element old = StyleMetrics.child(ppr, "pageBreakBefore");
        if (old != null) {
            ppr.removeChild(old);
        }
        Node before = null;
        for (Node n = ppr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !Set.of("pStyle", "keepNext", "keepLines").contains(e.getLocalName())) {
                before = e;
                break;
            }
        }
        ppr.insertBefore(owner.createElementNS(StyleMetrics.W, "w:pageBreakBefore"), before);
    }
}
