package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;

/**
 * One numbered item of a plain-text essay: its first sentence is the lead (a quotation that follows in the same
 * paragraph becomes a quote in the body), and the paragraphs up to the next number are its body.
 */
final class TextLesson {
    private final int number;
    private final int line;
    private final String language;
    private final List<Inline> lead;
    private final List<Block> body = new ArrayList<>();

    TextLesson(TextParagraphs.Item item, TextParagraphs.Paragraph p, String language) {
        this.number = item.number();
        this.line = p.line();
        this.language = language;
        List<String> rest = p.lines().subList(1, p.lines().size()).stream().map(String::strip).toList();
        String text = item.firstText().strip() + (rest.isEmpty() ? "" : "\n" + String.join("\n", rest));
        QuoteFinder.Found quote = QuoteFinder.find(text, 0, language);
        // A quotation that opens the item is its lead, not a quote in its body.
        String leading = quote == null || quote.start() == 0 ? text : text.substring(0, quote.start()).strip();
        LeadSplitter.Split split = LeadSplitter.firstSentence(TextProse.inlines(leading), language);
        this.lead = split.lead();
        if (!split.rest().isEmpty()) {
            body.add(new Block.Paragraph(split.rest(), TextProse.lineAt(text, text.indexOf(firstText(split.rest())), line)));
        }
        if (leading.length() < text.length()) {
            body.addAll(TextProse.prose(text.substring(quote.start()), TextProse.lineAt(text, quote.start(), line), language));
        }
    }

    private static String firstText(List<Inline> inlines) {
        return inlines.get(0) instanceof Inline.Text t ? t.text() : "";
    }

    /** A further paragraph of the item. */
    void add(TextParagraphs.Paragraph p) {
        body.addAll(TextProse.blocks(p, language, false));
    }

    int number() {
        return number;
    }

    int line() {
        return line;
    }

    List<Inline> lead() {
        return lead;
    }

    List<Block> body() {
        return body;
    }
}
