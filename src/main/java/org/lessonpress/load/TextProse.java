package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;

/**
 * A plain-text paragraph as model blocks: text with its line breaks kept as soft breaks, a quotation with its
 * attribution taken out as a quote ({@link QuoteFinder}), lines indented under the first kept as written in a code
 * block (a BibTeX entry), a line of marks as a rule, and (where a heading may be) a short capitalised line before more
 * text as a heading.
 */
final class TextProse {
    private static final Pattern BIBTEX = Pattern.compile("@\\w+\\s*\\{.*");

    private TextProse() {
    }

    static List<Block> blocks(TextParagraphs.Paragraph p, String language, boolean headingAllowed) {
        if (TextParagraphs.isSeparator(p)) {
            return List.of(new Block.Rule(p.line()));
        }
        if (preformatted(p)) {
            String first = p.lines().get(0).strip();
            return List.of(new Block.CodeBlock(BIBTEX.matcher(first).matches() ? "bibtex" : "", String.join("\n", p.lines()) + "\n", p.line()));
        }
        String text = p.text();
        if (headingAllowed && TextParagraphs.isHeadingLine(p) && Character.isUpperCase(text.codePointAt(0))) {
            return List.of(new Block.Heading(2, inlines(text), p.line()));
        }
        return prose(text, p.line(), language);
    }

    /** Whether a paragraph is a quotation with an attribution and nothing else before it. */
    static boolean isQuote(TextParagraphs.Paragraph p, String language) {
        QuoteFinder.Found f = QuoteFinder.find(p.text(), 0, language);
        return f != null && f.start() == 0;
    }

    /** Lines indented deeper than the paragraph's least indented line: a block whose layout matters. */
    private static boolean preformatted(TextParagraphs.Paragraph p) {
        if (p.lines().size() < 2) {
            return false;
        }
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (String l : p.lines()) {
            int indent = indent(l);
            least = Math.min(least, indent);
            most = Math.max(most, indent);
        }
        return most >= least + 2;
    }

    private static int indent(String l) {
        int n = 0;
        while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t')) {
            n++;
        }
        return l.charAt(0) == '\t' ? n * 4 : n;
    }

    /** Text starting on {@code line}: paragraphs, with each quotation that has an attribution as a quote. */
    static List<Block> prose(String text, int line, String language) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            QuoteFinder.Found f = QuoteFinder.find(text, at, language);
            int until = f == null ? text.length() : f.start();
            String before = text.substring(at, until).strip();
            if (!before.isEmpty()) {
                out.add(new Block.Paragraph(inlines(before), lineAt(text, at, line)));
            }
            if (f == null) {
                break;
            }
            int quoteLine = lineAt(text, f.start(), line);
            out.add(new Block.Quote(List.of(new Block.Paragraph(inlines(text.substring(f.start(), f.quoteEnd())), quoteLine)),
                    inlines(text.substring(f.nameStart(), f.nameEnd())), quoteLine));
            at = f.end();
        }
        return out;
    }

    static int lineAt(String text, int offset, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Text whose line feeds are soft breaks, as a Markdown paragraph's are. */
    static List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.add(new Inline.SoftBreak());
            }
            String l = lines[i].strip();
            if (!l.isEmpty()) {
                out.add(new Inline.Text(l));
            }
        }
        return out;
    }
}
