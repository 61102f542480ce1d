package org.lessonpress.export.slides;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
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
    /** The largest reference document read: styles and a little text, with room for embedded fonts. */
    static final long MAX_BYTES = 50L << 20;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final CTStyles styles;

    private ReferenceStyles(CTStyles styles) {
        this.styles = styles;
    }

    /**
     * Reads and checks the styles of a .docx from its bytes (the CLI reads the file). A file that is not a Word
     * document, or a style that is not valid Office Open XML (a negative size, a foreign element), is an
     * IllegalArgumentException naming it: copied into the deck, it would make the deck invalid too.
     */
    static ReferenceStyles read(String file, byte[] bytes) {
        StylesDocument parsed = null;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFStyles styles = doc.getStyles();
            if (styles != null) {
                try (InputStream in = styles.getPackagePart().getInputStream()) {
                    parsed = StylesDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                }
            }
        } catch (IOException | XmlException | RuntimeException e) {
            throw new IllegalArgumentException("not a Word document (" + reason(e) + "); give a .docx whose styles to use");
        }
        if (parsed == null) {
            throw new IllegalArgumentException("the document has no styles (word/styles.xml); save it from Word,"
                    + " LibreOffice or pandoc");
        }
        CTStyles styles = withoutIgnorable(parsed);
        StyleCheck.validate(styles);
        return new ReferenceStyles(styles);
    }

    /**
     * The styles without what Word's markup-compatibility rules let a reader ignore: elements and attributes in the
     * namespaces the part lists in {@code mc:Ignorable} (Word 2010+ extensions such as {@code w14}), and
     * {@code mc:AlternateContent}. They are optional by definition, and the deck does not declare them.
     */
    private static CTStyles withoutIgnorable(StylesDocument parsed) {
        Element root = ((Document) parsed.getDomNode()).getDocumentElement();
        Set<String> ignorable = new java.util.HashSet<>();
        String prefixes = root.getAttributeNS(MC, "Ignorable");
        for (String prefix : prefixes.trim().split("\\s+")) {
            String uri = prefix.isEmpty() ? null : root.getAttribute("xmlns:" + prefix);
            if (uri != null && !uri.isEmpty() && !uri.equals(StyleMetrics.W)) {
                ignorable.add(uri);
            }
        }
        ignorable.add(MC);
        strip(root, ignorable);
        onlyTextStyles(root);
        StyleOrder.apply(root);
        try {
            return StylesDocument.Factory.parse(root.getOwnerDocument(), POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
        } catch (XmlException e) {
            throw new IllegalArgumentException("its styles cannot be read (" + reason(e) + ")");
        }
    }

    /**
     * Keeps the paragraph and character styles: a deck has no tables, and numbering styles point into a numbering
     * part that is not copied.
     */
    private static void onlyTextStyles(Element root) {
        for (Node n = root.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && StyleMetrics.W.equals(e.getNamespaceURI()) && "style".equals(e.getLocalName())) {
                String type = e.getAttributeNS(StyleMetrics.W, "type");
                if (!type.isEmpty() && !type.equals("paragraph") && !type.equals("character")) {
                    root.removeChild(e);
                }
            }
            n = next;
        }
    }

    private static void strip(Element e, Set<String> ignorable) {
        org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Node a = attributes.item(i);
            if (a.getNamespaceURI() != null && ignorable.contains(a.getNamespaceURI())) {
                e.removeAttributeNode((org.w3c.dom.Attr) a);
            }
        }
        for (Node n = e.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                if (child.getNamespaceURI() != null && ignorable.contains(child.getNamespaceURI())) {
                    e.removeChild(child);
                } else {
                    strip(child, ignorable);
                }
            }
            n = next;
        }
    }

    /** The first line of a library's message, short: enough to tell what is wrong, never a dump of the file. */
    static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(e.getClass().getSimpleName());
        return m.length() <= 120 ? m : m.substring(0, 117) + "...";
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
