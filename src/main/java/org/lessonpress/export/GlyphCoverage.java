package org.lessonpress.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.MissingGlyphs;
import org.lessonpress.theme.Theme;

/**
 * Finds the characters of a document that the theme's fonts cannot draw, before any export: a character no chain
 * has is an error (a warning under {@link MissingGlyphs#REPLACE}); one that only some chains lack is a warning
 * naming them, since formats set in those chains would fail on it.
 */
public final class GlyphCoverage {
    private GlyphCoverage() {
    }

    private record Place(int line, String where) {
    }

    public static List<Diagnostic> check(String file, LessonDocument doc, Theme theme, FontCatalog fonts, MissingGlyphs policy) {
        Map<String, FontChain> textChains = new LinkedHashMap<>();
        textChains.put("serif", fonts.chain("serif", theme.get(CoreKeys.FONT_SERIF)));
        textChains.put("sans", fonts.chain("sans", theme.get(CoreKeys.FONT_SANS)));
        FontChain mono = fonts.chain("mono", theme.get(CoreKeys.FONT_MONO));

        Map<Integer, Place> text = new LinkedHashMap<>();
        Map<Integer, Place> code = new LinkedHashMap<>();
        Place front = new Place(1, "the front matter");
        var m = doc.metadata();
        for (String s : List.of(m.title(), m.subtitle(), m.author(), m.date(), m.source(), m.citation())) {
            collect(s, front, text);
        }
        m.keywords().forEach(k -> collect(k, front, text));
        blocks(doc.intro(), new Place(1, "the intro"), text, code);
        lessons(doc.lessons(), text, code);
        for (Section s : doc.allSections()) {
            Place p = new Place(s.line(), "section '" + s.titleText() + "'");
            inlines(s.title(), p, text, code);
            blocks(s.preamble(), p, text, code);
            lessons(s.lessons(), text, code);
        }
        blocks(doc.closing(), new Place(doc.closing().isEmpty() ? 0 : doc.closing().get(0).line(), "the closing"), text, code);

        List<Diagnostic> out = new ArrayList<>();
        report(file, text, new ArrayList<>(textChains.values()), policy, out);
        report(file, code, List.of(mono), policy, out);
        return out;
    }

    private static void report(String file, Map<Integer, Place> chars, List<FontChain> chains, MissingGlyphs policy,
                               List<Diagnostic> out) {
        for (Map.Entry<Integer, Place> e : chars.entrySet()) {
            int cp = e.getKey();
            List<String> lacking = new ArrayList<>();
            for (FontChain c : chains) {
                if (!c.canDisplay(cp)) {
                    lacking.add(c.name() + " (" + c.describe() + ")");
                }
            }
            if (lacking.isEmpty()) {
                continue;
            }
            Place p = e.getValue();
            String what = p.where() + ": " + ExportContext.describe(cp);
            if (lacking.size() == chains.size()) {
                String msg = what + " is in no font of the theme; add a font that has it to the theme's font chains"
                        + (policy == MissingGlyphs.REPLACE ? " (it will be drawn as \uFFFD)" : " or export with --missing-glyphs=replace");
                out.add(policy == MissingGlyphs.REPLACE ? Diagnostic.warning(file, p.line(), 0, msg)
                        : Diagnostic.error(file, p.line(), 0, msg));
            } else {
                out.add(Diagnostic.warning(file, p.line(), 0, what + " is missing from the font chain "
                        + String.join(", ", lacking) + "; formats set in it cannot draw it"));
            }
        }
    }

    private static void lessons(List<Lesson> lessons, Map<Integer, Place> text, Map<Integer, Place> code) {
        for (Lesson l : lessons) {
            Place p = new Place(l.line(), "lesson " + l.number());
            inlines(l.lead(), p, text, code);
            blocks(l.body(), p, text, code);
        }
    }

    private static void blocks(List<Block> blocks, Place p, Map<Integer, Place> text, Map<Integer, Place> code) {
        for (Block b : blocks) {
            if (b instanceof Block.CodeBlock c) {
                collect(c.code(), p, code);
            } else if (b instanceof Block.Paragraph para) {
                inlines(para.content(), p, text, code);
            } else if (b instanceof Block.Heading h) {
                inlines(h.content(), p, text, code);
            } else if (b instanceof Block.Quote q) {
                blocks(q.content(), p, text, code);
                inlines(q.attribution(), p, text, code);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item, p, text, code));
            }
        }
    }

    private static void inlines(List<Inline> inlines, Place p, Map<Integer, Place> text, Map<Integer, Place> code) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Code c) {
                collect(c.text(), p, code);
            } else if (in instanceof Inline.Emphasis e) {
                inlines(e.children(), p, text, code);
            } else if (in instanceof Inline.Strong s) {
                inlines(s.children(), p, text, code);
            } else if (in instanceof Inline.Link l) {
                inlines(l.children(), p, text, code);
            } else {
                collect(InlineText.plain(List.of(in)), p, text);
            }
        }
    }

    private static void collect(String s, Place p, Map<Integer, Place> into) {
        s.codePoints().filter(cp -> cp >= 0x20 && !FontChain.isIgnorable(cp)).forEach(cp -> into.putIfAbsent(cp, p));
    }
}
