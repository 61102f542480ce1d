package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain text cut into paragraphs (runs of non-blank lines), and what each paragraph looks like: a numbered item,
 * an empty item, a heading line, a separator, a byline. The first numbered item fixes how items are numbered
 * ({@code 1.}, {@code 1)} or {@code 1 -}); a line numbered that way starts a new paragraph even without a blank line
 * before it, and a paragraph numbered another way is text, not an item.
 */
final class TextParagraphs {
    private static final Pattern ITEM = Pattern.compile(" {0,3}(\\d{1,9})(\\.|\\)| +[-–—])\\s+(\\S.*)");
    private static final Pattern EMPTY_ITEM = Pattern.compile(" {0,3}(\\d{1,9})[.)]\\s*");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+(\\p{Lu}[\\p{L}.'’ -]{1,60})");
    private static final String SEPARATOR_MARKS = "•*·-–—_=~#+◆◇○●■□♦❖⁂※⁕";
    private static final String FINAL_PUNCTUATION = ".,;:!?…";
    private static final int HEADING_CHARS = 100;
    private static final int HEADING_WORDS = 12;

    /** A paragraph: the line it starts on (1-based) and its lines as written. */
    record Paragraph(int line, List<String> lines) {
        Paragraph {
            lines = List.copyOf(lines);
        }

        /** Indented by two spaces or a tab, as text that continues an item above it often is. */
        boolean indented() {
            String first = lines.get(0);
            return first.startsWith("\t") || first.startsWith("  ");
        }

        /** The lines without their indentation, joined by line feeds. */
        String text() {
            return String.join("\n", lines.stream().map(String::strip).toList());
        }
    }

    /** A numbered item: its number, and the text after the number on its first line. */
    record Item(int number, String firstText) {
    }

    private final String style;
    private final List<Paragraph> all = new ArrayList<>();

    TextParagraphs(String text) {
        String[] lines = text.split("\n", -1);
        String found = null;
        for (int i = 1; i < lines.length && found == null; i++) {
            Matcher m = ITEM.matcher(lines[i]);
            if (m.matches()) {
                found = style(m.group(2));
            }
        }
        this.style = found;
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean startsItem = i > 0 && item(l) != null;
            if (l.isBlank() || startsItem) {
                if (!current.isEmpty()) {
                    all.add(new Paragraph(start + 1, current));
                    current = new ArrayList<>();
                }
                if (l.isBlank()) {
                    continue;
                }
            }
            if (current.isEmpty()) {
                start = i;
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            all.add(new Paragraph(start + 1, current));
        }
    }

    /** Every paragraph, in order; never empty for a text that is not blank. */
    List<Paragraph> all() {
        return all;
    }

    /** The item a paragraph starts, numbered the way this text numbers items, or null. */
    Item item(Paragraph p) {
        return item(p.lines().get(0));
    }

    private Item item(String line) {
        if (style == null) {
            return null;
        }
        Matcher m = ITEM.matcher(line);
        return m.matches() && style(m.group(2)).equals(style) ? new Item(Integer.parseInt(m.group(1)), m.group(3)) : null;
    }

    /** The number of a paragraph that is a number alone ("7."), or null. */
    Integer emptyItem(Paragraph p) {
        if (p.lines().size() != 1) {
            return null;
        }
        Matcher m = EMPTY_ITEM.matcher(p.lines().get(0));
        return style != null && m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String style(String delimiter) {
        String d = delimiter.strip();
        return d.equals(".") || d.equals(")") ? d : "-";
    }

    /** One short line without final punctuation: a heading, where what follows says it is one. */
    static boolean isHeadingLine(Paragraph p) {
        if (p.lines().size() != 1 || isSeparator(p)) {
            return false;
        }
        String s = p.lines().get(0).strip();
        return !s.isEmpty() && s.length() <= HEADING_CHARS && s.split("\\s+").length <= HEADING_WORDS
                && FINAL_PUNCTUATION.indexOf(s.charAt(s.length() - 1)) < 0 && !ITEM.matcher(s).matches();
    }

    /** A line of marks only: "• • •", "* * *", "---". */
    static boolean isSeparator(Paragraph p) {
        if (p.lines().size() != 1) {
            return false;
        }
        String s = p.lines().get(0).strip();
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SEPARATOR_MARKS.indexOf(c) >= 0) {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3 && s.length() <= 40;
    }

    /** The name in a "By Eugene Yan" line, or null. */
    static String byline(String line) {
        Matcher m = BYLINE.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }
}
