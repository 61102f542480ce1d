package org.lessonpress.export.slides;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the fitter needs to know of a paragraph style, read back from the final {@code w:styles} (ours, or a
 * reference document's), following {@code basedOn} down to the document defaults. Lengths in points.
 *
 * @param size         font size
 * @param bold         bold
 * @param italic       italic
 * @param font         the ascii font family name
 * @param before       space before
 * @param after        space after
 * @param line         the line-spacing value: a multiple for "auto", points otherwise
 * @param lineRule     auto, exact or atLeast
 * @param indentLeft   left indent (plus the width of a left border)
 * @param indentRight  right indent
 * @param firstLine    extra indent of the first line (negative for hanging)
 * @param borderExtra  height added by top and bottom borders
 */
record StyleMetrics(double size, boolean bold, boolean italic, String font, double before, double after, double line,
                    String lineRule, double indentLeft, double indentRight, double firstLine, double borderExtra) {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Reads every paragraph style of a {@code w:styles} element. */
    static Map<String, StyleMetrics> read(Node stylesRoot) {
        Element root = ReferenceStyles.element(stylesRoot);
        Map<String, Element> byId = new HashMap<>();
        Element defaults = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("style") && (attr(e, "type") == null || "paragraph".equals(attr(e, "type")))) {
                    byId.put(attr(e, "styleId"), e);
                } else if (e.getLocalName().equals("docDefaults")) {
                    defaults = e;
                }
            }
        }
        Map<String, StyleMetrics> out = new HashMap<>();
        for (String id : byId.keySet()) {
            Builder b = new Builder();
            if (defaults != null) {
                b.apply(defaults);
            }
            java.util.Deque<Element> chain = new java.util.ArrayDeque<>();
            for (Element s = byId.get(id); s != null && chain.size() < 20; ) {
                chain.push(s);
                Element based = child(s, "basedOn");
                s = based == null ? null : byId.get(attr(based, "val"));
            }
            for (Element s : chain) {
                b.apply(s);
            }
            out.put(id, b.build());
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    static String attr(Element e, String localName) {
        String v = e.getAttributeNS(W, localName);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Accumulates properties from the document defaults down to the style itself. */
    private static final class Builder {
        double size = 10;
        boolean bold;
        boolean italic;
        String font = "";
        double before;
        double after;
        double line = 1.0;
        String lineRule = "auto";
        double left;
        double right;
        double first;
        double leftBorder;
        double borderExtra;

        void apply(Element holder) {
            for (Node n = holder.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    String name = e.getLocalName();
                    if (name.equals("rPr") || name.equals("pPr")) {
                        applyProps(e);
                    } else if (name.equals("rPrDefault") || name.equals("pPrDefault")) {
                        apply(e);
                    }
                }
            }
        }

        private void applyProps(Element props) {
            for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "sz" -> size = number(e, "val", size * 2) / 2;
                    case "b" -> bold = on(e);
                    case "i" -> italic = on(e);
                    case "rFonts" -> font = attr(e, "ascii") != null ? attr(e, "ascii") : font;
                    case "spacing" -> spacing(e);
                    case "ind" -> indent(e);
                    case "pBdr" -> borders(e);
                    default -> { }
                }
            }
        }

        private void spacing(Element e) {
            before = number(e, "before", before * 20) / 20;
            after = number(e, "after", after * 20) / 20;
            if (attr(e, "line") != null) {
                lineRule = attr(e, "lineRule") == null ? "auto" : attr(e, "lineRule");
                double raw = number(e, "line", 240);
                line = lineRule.equals("auto") ? raw / 240 : raw / 20;
            }
        }

        private void indent(Element e) {
            left = number(e, attr(e, "left") != null ? "left" : "start", left * 20) / 20;
            right = number(e, attr(e, "right") != null ? "right" : "end", right * 20) / 20;
            if (attr(e, "hanging") != null) {
                first = -number(e, "hanging", 0) / 20;
            } else if (attr(e, "firstLine") != null) {
                first = number(e, "firstLine", 0) / 20;
            }
        }

        private void borders(Element e) {
            borderExtra = 0;
            leftBorder = 0;
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element side && !"none".equals(attr(side, "val")) && !"nil".equals(attr(side, "val"))) {
                    double w = number(side, "sz", 0) / 8 + number(side, "space", 0);
                    switch (side.getLocalName()) {
                        case "top", "bottom" -> borderExtra += w;
                        case "left", "start" -> leftBorder = w;
                        default -> { }
                    }
                }
            }
        }

        StyleMetrics build() {
            return new StyleMetrics(size, bold, italic, font, before, after, line, lineRule, left + leftBorder, right,
                    first, borderExtra);
        }

        private static boolean on(Element e) {
            String v = attr(e, "val");
            return v == null || v.equals("1") || v.equals("true") || v.equals("on");
        }

        private static double number(Element e, String name, double fallback) {
            String v = attr(e, name);
            if (v == null) {
                return fallback;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException ex) {
                return fallback;
            }
        }
    }
}
