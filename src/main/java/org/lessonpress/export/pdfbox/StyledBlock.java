package org.lessonpress.export.pdfbox;

import java.util.List;

/**
 * A body block turned into styled pieces. Lists are flattened into one {@link Kind#LIST_ITEM} per paragraph of an
 * item ({@code marker} set on its first one: "•" or "3."), nested {@code depth} deep; a quote's paragraphs come
 * as {@link Kind#QUOTE} and its attribution as {@link Kind#ATTRIBUTION} ("— Name", with a no-break space).
 *
 * @param kind   what the block was
 * @param depth  list and quote nesting, 0 at the top
 * @param marker the list marker pieces for the first paragraph of an item, else empty
 * @param pieces the text
 * @param line   the source line, for messages
 */
public record StyledBlock(Kind kind, int depth, List<Piece> marker, List<Piece> pieces, int line) {

    public enum Kind { PARAGRAPH, QUOTE, ATTRIBUTION, CODE, LIST_ITEM, HEADING, RULE }

    public StyledBlock {
        marker = List.copyOf(marker);
        pieces = List.copyOf(pieces);
    }
}
