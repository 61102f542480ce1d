package org.lessonpress.export.cards;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The deck's bookmarks: one per lesson, to the page with its front. A deck of more than {@link #GROUP} lessons gets
 * one closed bookmark per hundred ("101–200"), so a reader's outline stays a list one can scroll.
 *
 * <p>The outline is attached to the document before the first bookmark is added: PDFBox records each object's
 * document as it is attached, recursively along the bookmarks' sibling links, so attaching a finished outline of
 * thousands of bookmarks overflowed the stack; attached first, each new bookmark is visited alone.
 */
final class CardOutline {
    static final int GROUP = 100;

    private final PDDocumentOutline root = new PDDocumentOutline();
    private final List<CardContent> cards;
    private PDOutlineItem group;

    CardOutline(PDDocument pdf, List<CardContent> cards) {
        this.cards = cards;
        pdf.getDocumentCatalog().setDocumentOutline(root);
    }

    /** Adds the bookmarks of the fronts {@code first} to {@code first + count - 1}, all on {@code page}. */
    void add(PDPage page, int first, int count) {
        for (int i = first; i < first + count; i++) {
            if (cards.size() > GROUP && i % GROUP == 0) {
                group = item(number(i) + "\u2013" + number(Math.min(cards.size(), i + GROUP) - 1), page);
                root.addLast(group);
                group.closeNode();
            }
            PDOutlineItem item = item(number(i) + ". " + cards.get(i).entry().lesson().leadText(), page);
            if (group != null) {
                group.addLast(item);
            } else {
                root.addLast(item);
            }
        }
    }

    private int number(int index) {
        return cards.get(index).entry().lesson().number();
    }

    private static PDOutlineItem item(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        item.setDestination(dest);
        return item;
    }
}
