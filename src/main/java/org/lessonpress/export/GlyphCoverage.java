package org.lessonpress.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.DocumentText.Place;
import org.lessonpress.model.LessonDocument;
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

    public static List<Diagnostic> check(String file, LessonDocument doc, Theme theme, FontCatalog fonts, MissingGlyphs policy) {
        Map<String, FontChain> textChains = new LinkedHashMap<>();
        textChains.put("serif", fonts.chain("serif", theme.get(CoreKeys.FONT_SERIF)));
        textChains.put("sans", fonts.chain("sans", theme.get(CoreKeys.FONT_SANS)));
        FontChain mono = fonts.chain("mono", theme.get(CoreKeys.FONT_MONO));

        Map<Integer, Place> text = new LinkedHashMap<>();
        Map<Integer, Place> code = new LinkedHashMap<>();
        DocumentText.walk(doc, (s, place, isCode, style) -> collect(s, place, isCode ? code : text));

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

    private static void collect(String s, Place p, Map<Integer, Place> into) {
        s.codePoints().filter(cp -> cp >= 0x20 && !FontChain.isIgnorable(cp)).forEach(cp -> into.putIfAbsent(cp, p));
    }
}
