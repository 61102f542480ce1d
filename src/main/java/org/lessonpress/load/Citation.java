package org.lessonpress.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.model.Block;
import org.lessonpress.model.InlineText;

/**
 * The citation an essay asks for in its closing ("If you found this useful, please cite this write-up as:"
 * followed by the reference), and what the reference says of author, date and address when it is written in the
 * usual "Author. (Date). Title. Site. URL." form. Used by readers whose format has no front matter.
 */
record Citation(String text, String author, String date, String source) {
    private static final Pattern ASKS = Pattern.compile("(?i).*\\b(cite|citing|citation|zitieren|citer|citar|citare)\\b.*:\\s*");
    private static final Pattern REFERENCE = Pattern.compile("([^()]{2,80}?)\\.?\\s*\\(([^()]{2,40})\\)\\.\\s.*");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern LAST_FIRST = Pattern.compile("(\\p{L}[\\p{L}'’-]*), (\\p{L}[\\p{L}.'’ -]*)");

    /** The reference after the closing's "cite … as:" paragraph, or null when the closing asks for none. */
    static Citation find(List<Block> closing) {
        for (int i = 0; i + 1 < closing.size(); i++) {
            if (closing.get(i) instanceof Block.Paragraph ask && ASKS.matcher(InlineText.plain(ask.content())).matches()) {
                String ref = InlineText.plainBlocks(List.of(closing.get(i + 1))).replaceAll("\\s+", " ").strip();
                if (closing.get(i + 1) instanceof Block.Paragraph || closing.get(i + 1) instanceof Block.Quote) {
                    return of(ref);
                }
            }
        }
        return null;
    }

    static Citation of(String ref) {
        String author = "";
        String date = "";
        Matcher m = REFERENCE.matcher(ref);
        if (m.matches()) {
            author = m.group(1).strip();
            Matcher name = LAST_FIRST.matcher(author);
            if (name.matches()) {
                author = name.group(2).strip() + " " + name.group(1);
            }
            date = m.group(2).strip();
        }
        String source = "";
        Matcher url = URL.matcher(ref);
        while (url.find()) {
            source = url.group().replaceAll("[.,;)]+$", "");
        }
        return new Citation(ref, author, date, source);
    }
}
