package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.model.Inline;

/**
 * Splits a lesson's first paragraph into lead and rest: the leading bold run when there is one, else the first
 * sentence (ending in . ! ? or … followed by a space), else the whole paragraph.
 */
final class LeadSplitter {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’»)\\]]*(?=\\s)");

    record Split(List<Inline> lead, List<Inline> rest, boolean inferred) {
    }

    private LeadSplitter() {
    }

    static Split split(List<Inline> content) {
        if (!content.isEmpty() && content.get(0) instanceof Inline.Strong strong) {
            return new Split(strong.children(), trimStart(content.subList(1, content.size())), false);
        }
        for (int i = 0; i < content.size(); i++) {
            if (!(content.get(i) instanceof Inline.Text t)) {
                continue;
            }
            Matcher m = SENTENCE_END.matcher(t.text());
            while (m.find()) {
                if (isAbbreviation(t.text(), m.start())) {
                    continue;
                }
                List<Inline> lead = new ArrayList<>(content.subList(0, i));
                lead.add(new Inline.Text(t.text().substring(0, m.end())));
                List<Inline> rest = new ArrayList<>();
                String after = t.text().substring(m.end());
                if (!after.isEmpty()) {
                    rest.add(new Inline.Text(after));
                }
                rest.addAll(content.subList(i + 1, content.size()));
                return new Split(lead, trimStart(rest), true);
            }
        }
        return new Split(content, List.of(), true);
    }

    /** "e.g." and "vs." are not sentence ends: a dot after a single letter or a short lower-case word with a dot. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        return word.length() == 1 || word.equals("vs") || start > 0 && text.charAt(start - 1) == '.';
    }

    private static List<Inline> trimStart(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty()) {
            Inline f = out.get(0);
            if (f instanceof Inline.SoftBreak || f instanceof Inline.HardBreak) {
                out.remove(0);
            } else if (f instanceof Inline.Text t) {
                String s = t.text().stripLeading();
                if (s.isEmpty()) {
                    out.remove(0);
                } else {
                    out.set(0, new Inline.Text(s));
                    break;
                }
            } else {
                break;
            }
        }
        return out;
    }
}
