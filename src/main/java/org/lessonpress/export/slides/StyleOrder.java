package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts the children of each {@code w:style} in the order the schema's sequence gives them. Word reads them in any
 * order and some writers (pandoc's own reference.docx) put {@code w:qFormat} after {@code w:pPr}; copied as they are,
 * such styles would make the deck fail schema validation, so they are ordered before they are checked and copied.
 */
final class StyleOrder {
    /** CT_Style's sequence in ECMA-376 (wml.xsd). */
    private static final List<String> SEQUENCE = List.of("name", "aliases", "basedOn", "next", "link", "autoRedefine",
            "hidden", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
            "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr");

    private StyleOrder() {
    }

    static void apply(Element styles) {
        for (Node n = styles.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && StyleMetrics.W.equals(e.getNamespaceURI()) && "style".equals(e.getLocalName())) {
                order(e);
            }
        }
    }

    private static void order(Element style) {
        List<Element> children = new ArrayList<>();
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        // Unknown elements sort last, where validation reports them; the sort is stable, so tblStylePr keep their order.
        List<Element> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparingInt(StyleOrder::rank));
        if (sorted.equals(children)) {
            return;
        }
        children.forEach(style::removeChild);
        sorted.forEach(style::appendChild);
    }

    private static int rank(Element e) {
        int i = StyleMetrics.W.equals(e.getNamespaceURI()) ? SEQUENCE.indexOf(e.getLocalName()) : -1;
        return i < 0 ? SEQUENCE.size() : i;
    }
}
