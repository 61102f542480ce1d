package org.lessonpress.export.slides;

import java.util.List;
import java.util.Locale;

/**
 * The deck's {@code numbering.xml}: one bullet definition shared by every bullet list (instance 1) and one numbered
 * instance per ordered list, each restarting at its own first number.
 */
final class ListNumbering {
    private static final String[] BULLETS = {"\u2022", "\u2013", "\u2022"};

    private ListNumbering() {
    }

    static String xml(List<Integer> orderedStarts) {
        StringBuilder sb = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        sb.append(abstractNum(0, true)).append(abstractNum(1, false));
        sb.append("<w:num w:numId=\"").append(DeckPlanner.BULLETS).append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
        for (int i = 0; i < orderedStarts.size(); i++) {
            sb.append(String.format(Locale.ROOT, "<w:num w:numId=\"%d\"><w:abstractNumId w:val=\"1\"/>"
                    + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"%d\"/></w:lvlOverride></w:num>", i + 2, orderedStarts.get(i)));
        }
        return sb.append("</w:numbering>").toString();
    }

    private static String abstractNum(int id, boolean bullet) {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:abstractNum w:abstractNumId=\"").append(id).append("\">");
        for (int level = 0; level < 3; level++) {
            long left = 720L + level * 540L;
            sb.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>");
            if (bullet) {
                sb.append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"").append(BULLETS[level]).append("\"/>");
            } else {
                sb.append("<w:numFmt w:val=\"").append(level == 1 ? "lowerLetter" : "decimal").append("\"/><w:lvlText w:val=\"%")
                        .append(level + 1).append(".\"/>");
            }
            sb.append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(left).append("\" w:hanging=\"432\"/></w:pPr></w:lvl>");
        }
        return sb.append("</w:abstractNum>").toString();
    }
}
