package org.lessonpress.export.slides;

import java.util.Locale;

/**
 * One style of the deck's {@code styles.xml}, as data: what a user sees in Word's style gallery. Lengths are points;
 * null means "inherit from the style this one is based on".
 */
record StyleDef(String id, String name, boolean character, String basedOn, String next, boolean slideStart,
                Double size, Boolean bold, Boolean italic, String font, String color, Double before, Double after,
                Double lineMultiple, Double indentLeft, Double hanging, Integer outlineLevel, boolean keepNext,
                String extraParagraphXml, String extraRunXml) {

    /** A paragraph style with nothing set yet. */
    static StyleDef paragraph(String id, String name, String basedOn) {
        return new StyleDef(id, name, false, basedOn, null, false, null, null, null, null, null, null, null, null,
                null, null, null, false, "", "");
    }

    /** A character style with nothing set yet. */
    static StyleDef character(String id, String name) {
        return new StyleDef(id, name, true, null, null, false, null, null, null, null, null, null, null, null, null,
                null, null, false, "", "");
    }

    StyleDef next(String v) {
        return new StyleDef(id, name, character, basedOn, v, slideStart, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    /** The first paragraph of a slide: it starts a new page. */
    StyleDef startsSlide() {
        return new StyleDef(id, name, character, basedOn, next, true, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, true, extraParagraphXml, extraRunXml);
    }

    StyleDef size(double v) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, v, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef bold(boolean v) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, v, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef italic(boolean v) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, v, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef font(String v) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, v, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef color(String hexUpper) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, hexUpper, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef spacing(double beforePt, double afterPt, double multiple) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, beforePt, afterPt, multiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef indent(double leftPt, double hangingPt) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, before, after, lineMultiple, leftPt, hangingPt, outlineLevel, keepNext, extraParagraphXml, extraRunXml);
    }

    StyleDef outline(int level) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, level, true, extraParagraphXml, extraRunXml);
    }

    StyleDef keepWithNext() {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, true, extraParagraphXml, extraRunXml);
    }

    /** Extra {@code w:pPr} children (borders, shading, tabs), already in schema order after spacing. */
    StyleDef paragraphXml(String xml) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, xml, extraRunXml);
    }

    /** Extra {@code w:rPr} children that go after the colour (underline). */
    StyleDef runXml(String xml) {
        return new StyleDef(id, name, character, basedOn, next, slideStart, size, bold, italic, font, color, before, after, lineMultiple, indentLeft, hanging, outlineLevel, keepNext, extraParagraphXml, xml);
    }

    /** The {@code w:style} element. Children follow the schema's sequence order, which validation checks. */
    String xml() {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:style w:type=\"").append(character ? "character" : "paragraph").append("\" w:customStyle=\"")
                .append(BUILT_IN.contains(id) ? "0" : "1").append("\" w:styleId=\"").append(id).append("\">");
        sb.append("<w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            sb.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        sb.append("<w:qFormat/>");
        if (!character) {
            sb.append("<w:pPr>");
            if (keepNext) {
                sb.append("<w:keepNext/><w:keepLines/>");
            }
            if (slideStart) {
                sb.append("<w:pageBreakBefore/>");
            }
            sb.append(extraParagraphXml);
            if (before != null || after != null || lineMultiple != null) {
                sb.append("<w:spacing");
                if (before != null) {
                    sb.append(" w:before=\"").append(twips(before)).append("\"");
                }
                if (after != null) {
                    sb.append(" w:after=\"").append(twips(after)).append("\"");
                }
                if (lineMultiple != null) {
                    sb.append(" w:line=\"").append(Math.round(lineMultiple * 240)).append("\" w:lineRule=\"auto\"");
                }
                sb.append("/>");
            }
            if (indentLeft != null) {
                sb.append("<w:ind w:left=\"").append(twips(indentLeft)).append("\"");
                if (hanging != null && hanging > 0) {
                    sb.append(" w:hanging=\"").append(twips(hanging)).append("\"");
                }
                sb.append("/>");
            }
            if (outlineLevel != null) {
                sb.append("<w:outlineLvl w:val=\"").append(outlineLevel).append("\"/>");
            }
            sb.append("</w:pPr>");
        }
        sb.append("<w:rPr>");
        if (font != null) {
            String f = escape(font);
            sb.append("<w:rFonts w:ascii=\"").append(f).append("\" w:hAnsi=\"").append(f).append("\" w:eastAsia=\"")
                    .append(f).append("\" w:cs=\"").append(f).append("\"/>");
        }
        if (bold != null) {
            sb.append(bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        }
        if (italic != null) {
            sb.append(italic ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
        }
        if (color != null) {
            sb.append("<w:color w:val=\"").append(color).append("\"/>");
        }
        if (size != null) {
            long half = Math.round(size * 2);
            sb.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
        }
        sb.append(extraRunXml);
        sb.append("</w:rPr></w:style>");
        return sb.toString();
    }

    static long twips(double points) {
        return Math.round(points * 20);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Word's own styles: their names are lower-case in the file and localised by Word. */
    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("Normal", "Title", "Subtitle",
            "Heading1", "Heading2", "Quote", "Footer", "Emphasis", "Strong", "Hyperlink", "ListBullet", "ListNumber");

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", name, id);
    }
}
