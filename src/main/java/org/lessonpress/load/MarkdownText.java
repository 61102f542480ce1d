package org.lessonpress.load;

import java.util.List;
import org.lessonpress.model.Inline;

/**
 * Inline content as Markdown that reads back as the same inlines: markup characters escaped everywhere
 * ({@code \ * _ ` [ ] < > & ! # ~ |}), block markers escaped where a line starts ({@code - + = > #}, {@code 1.}),
 * spaces at either end of a line written as {@code &#32;} (Markdown drops them), line breaks as a new line (soft)
 * or a backslash at the line's end (hard), each new line behind the block's indent.
 */
final class MarkdownText {
    private static final String ALWAYS = "\\*_`[]<>&!#~|";
    private static final String LINE_START = "-+=>#:";

    private MarkdownText() {
    }

    /** Content on one line (a heading): breaks become spaces. */
    static String line(List<Inline> inlines, String indent) {
        return inlines(inlines.stream().map(i -> i instanceof Inline.SoftBreak || i instanceof Inline.HardBreak
                ? (Inline) new Inline.Text(" ") : i).toList(), indent);
    }

    /** Content whose lines after the first start with {@code indent}. */
    static String inlines(List<Inline> inlines, String indent) {
        StringBuilder b = new StringBuilder();
        write(inlines, indent, b);
        return endLine(b, b.length());
    }

    private static void write(List<Inline> inlines, String indent, StringBuilder b) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                text(t.text(), b);
            } else if (in instanceof Inline.Emphasis e) {
                b.append('*');
                write(e.children(), indent, b);
                b.append('*');
            } else if (in instanceof Inline.Strong s) {
                b.append("**");
                write(s.children(), indent, b);
                b.append("**");
            } else if (in instanceof Inline.Code c) {
                code(c.text(), b);
            } else if (in instanceof Inline.Link l) {
                b.append('[');
                write(l.children(), indent, b);
                b.append("](").append(destination(l.destination()));
                if (!l.title().isEmpty()) {
                    b.append(" \"").append(l.title().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
                b.append(')');
            } else if (in instanceof Inline.SoftBreak) {
                endLine(b, b.length());
                b.append('\n').append(indent);
            } else if (in instanceof Inline.HardBreak) {
                endLine(b, b.length());
                b.append("\\\n").append(indent);
            }
        }
    }

    /** Text, escaped; at the start of a line also the characters that would open a block there. */
    private static void text(String s, StringBuilder b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineStart = atLineStart(b);
            if (lineStart && (c == ' ' || c == '\t')) {
                b.append(c == ' ' ? "&#32;" : "&#9;");
            } else if (ALWAYS.indexOf(c) >= 0 || lineStart && LINE_START.indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (lineStart && Character.isDigit(c) && listMarker(s, i)) {
                int d = i;
                while (d < s.length() && Character.isDigit(s.charAt(d))) {
                    d++;
                }
                b.append(s, i, d).append('\\').append(s.charAt(d));
                i = d;
            } else {
                b.append(c);
            }
        }
    }

    /** Whether nothing but an indent has been written on the current line. */
    private static boolean atLineStart(StringBuilder b) {
        for (int i = b.length() - 1; i >= 0; i--) {
            char c = b.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '>') {
                return false;
            }
        }
        return true;
    }

    private static boolean listMarker(String s, int at) {
        int d = at;
        while (d < s.length() && Character.isDigit(s.charAt(d))) {
            d++;
        }
        return d < s.length() && d - at <= 9 && (s.charAt(d) == '.' || s.charAt(d) == ')');
    }

    /** Spaces that end a line are written as entities: Markdown would drop them (or read two as a hard break). */
    private static String endLine(StringBuilder b, int end) {
        int start = end;
        while (start > 0 && b.charAt(start - 1) == ' ') {
            start--;
        }
        int lineBegin = b.lastIndexOf("\n", start - 1) + 1;
        boolean text = false;
        for (int i = lineBegin; i < start && !text; i++) {
            text = b.charAt(i) != ' ' && b.charAt(i) != '>';
        }
        if (text && start < end) {
            b.replace(start, end, "&#32;".repeat(end - start));
        }
        return b.toString();
    }

    private static void code(String s, StringBuilder b) {
        String fence = "`".repeat(longestRun(s, '`') + 1);
        boolean pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && !s.isBlank();
        b.append(fence).append(pad ? " " : "").append(s).append(pad ? " " : "").append(fence);
    }

    private static String destination(String d) {
        if (d.isEmpty() || d.chars().anyMatch(c -> c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c < 0x20)) {
            return "<" + d.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">";
        }
        return d.replace("\\", "\\\\");
    }

    static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
