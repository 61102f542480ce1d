package org.lessonpress.export.cards;

import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.TextBox;

/**
 * One side of one card, laid out: colour areas, hairlines and text boxes in points relative to the card's trim
 * (origin at its bottom-left corner, y up). Areas may reach into the bleed (negative or beyond the trim);
 * text stays inside the safe zone.
 *
 * @param fills  colour areas, drawn first
 * @param rules  hairlines, drawn next
 * @param texts  text boxes, drawn last
 */
record CardFace(List<Fill> fills, List<Rule> rules, List<Text> texts) {

    record Fill(Rect area, Rgb color) {
    }

    record Rule(double x1, double y1, double x2, double y2, double width, Rgb color) {
    }

    /** A text box with its top-left corner at ({@code x}, {@code top}). */
    record Text(TextBox box, double x, double top) {
        Rect bounds() {
            return new Rect(x, top - box.height(), box.width(), box.height());
        }
    }

    CardFace {
        fills = List.copyOf(fills);
        rules = List.copyOf(rules);
        texts = List.copyOf(texts);
    }

    /** All text, top to bottom, for tests and messages. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Text t : texts) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(t.box().text());
        }
        return sb.toString();
    }
}
