package org.lessonpress.export.slides;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A deck's final {@code w:styles} (ours, or ours under a reference document's), the metrics the fitter reads back
 * from it, and the bytes of its styles part ({@link StylesPart}). Decks of one theme, language and aspect have the
 * same style sheet, and parsing it into XMLBeans, reading its metrics and serialising it was about a tenth of writing
 * a deck; so the last few sheets without a reference are kept per thread, parsed and serialised, and handed to deck
 * after deck. A deck only reads them, and one thread writes one deck at a time, so sharing them there changes no
 * byte. A reference document's styles are read for each export and are laid over a fresh parse each time.
 */
record DeckStyles(CTStyles styles, Map<String, StyleMetrics> metrics, byte[] part) {
    /** Sheets kept per thread: a run has one per theme, language and aspect, usually one. */
    private static final int KEPT = 8;
    private static final ThreadLocal<Map<String, DeckStyles>> PARSED = ThreadLocal.withInitial(() -> new RecentlyUsed<>(KEPT));

    static DeckStyles of(StyleSheet sheet, ReferenceStyles reference) {
        String xml = sheet.xml();
        if (reference != null) {
            return read(parse(xml, sheet, reference));
        }
        Map<String, DeckStyles> mine = PARSED.get();
        DeckStyles kept = mine.get(xml);
        if (kept == null) {
            kept = read(parse(xml, sheet, null));
            mine.put(xml, kept);
        }
        return kept;
    }

    private static DeckStyles read(CTStyles styles) {
        return new DeckStyles(styles, Map.copyOf(StyleMetrics.read(styles.getDomNode())), StylesPart.serialise(styles));
    }

    private static CTStyles parse(String xml, StyleSheet sheet, ReferenceStyles reference) {
        try {
            CTStyles ours = StylesDocument.Factory.parse(xml).getStyles();
            if (reference == null) {
                return ours;
            }
            Set<String> starts = new LinkedHashSet<>();
            sheet.styles().stream().filter(StyleDef::slideStart).forEach(s -> starts.add(s.id()));
            return reference.over(ours, starts);
        } catch (XmlException e) {
            throw new IllegalStateException("the deck's styles do not parse", e);
        }
    }
}
