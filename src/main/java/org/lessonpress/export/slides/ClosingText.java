package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lessonpress.model.Block;
import org.lessonpress.model.InlineText;

/**
 * The closing text as a slide shows it. A closing often ends with how to cite the document, for readers of the
 * page: the citation quoted, "or", and a BibTeX entry. A slide shows the citation once, large (the closing slide
 * sets the front matter's citation in its place), and leaves out the BibTeX and the connective that was left
 * alone without it. Everything else is kept as written.
 *
 * @param blocks     the blocks to show
 * @param citationAt where among them the citation goes (their count: after them all)
 */
record ClosingText(List<Block> blocks, int citationAt) {
    private static final Pattern BIBTEX = Pattern.compile("(?s)\\s*@[A-Za-z]+\\s*\\{.*");
    /** Longest paragraph, in words, that reads as a connective ("or", "or else") rather than a sentence. */
    private static final int CONNECTIVE_WORDS = 2;

    static ClosingText of(List<Block> closing, String citation) {
        String cited = letters(citation);
        boolean[] dropped = new boolean[closing.size()];
        int citationIndex = -1;
        for (int i = 0; i < closing.size(); i++) {
            Block b = closing.get(i);
            if (b instanceof Block.CodeBlock c && isBibtex(c)) {
                dropped[i] = true;
            } else if (!cited.isEmpty() && citationIndex < 0 && letters(InlineText.plainBlocks(List.of(b))).equals(cited)) {
                dropped[i] = true;
                citationIndex = i;
            }
        }
        for (int i = 0; i < closing.size(); i++) {
            boolean besideDropped = (i > 0 && dropped[i - 1]) || (i + 1 < closing.size() && dropped[i + 1]);
            if (!dropped[i] && besideDropped && isConnective(closing.get(i))) {
                dropped[i] = true;
            }
        }
        List<Block> kept = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < closing.size(); i++) {
            if (i == citationIndex) {
                at = kept.size();
            }
            if (!dropped[i]) {
                kept.add(closing.get(i));
            }
        }
        return new ClosingText(List.copyOf(kept), at < 0 ? kept.size() : at);
    }

    private static boolean isBibtex(Block.CodeBlock c) {
        String lang = c.language().toLowerCase(Locale.ROOT);
        return lang.equals("bibtex") || lang.equals("bib") || lang.equals("biblatex") || BIBTEX.matcher(c.code()).matches();
    }

    private static boolean isConnective(Block b) {
        if (!(b instanceof Block.Paragraph)) {
            return false;
        }
        String text = InlineText.plainBlocks(List.of(b)).strip();
        return !text.isEmpty() && text.split("\\s+").length <= CONNECTIVE_WORDS && !text.matches(".*[.!?:;].*");
    }

    /** Letters and digits only, lower case: how two spellings of one citation are compared. */
    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
