package org.lessonpress.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Theme;

/**
 * The faces a document's text needs from the theme's chains, for {@code check}: text in the serif and sans chains
 * (formats set reading text in one and display text in the other), code in the mono chain, each character in the
 * style it is set in and in the first face of the chain that has it.
 */
public final class FontsUsed {
    private FontsUsed() {
    }

    /** One line per face, in order of first use: {@code Noto Serif regular (serif): bundled NotoSerif-Regular.ttf, licence}. */
    public static List<String> list(LessonDocument doc, Theme theme, FontCatalog fonts) {
        FontChain serif = fonts.chain("serif", theme.get(CoreKeys.FONT_SERIF));
        FontChain sans = fonts.chain("sans", theme.get(CoreKeys.FONT_SANS));
        FontChain mono = fonts.chain("mono", theme.get(CoreKeys.FONT_MONO));
        Map<FontFace, Set<String>> used = new LinkedHashMap<>();
        DocumentText.walk(doc, (text, place, code, style) -> text.codePoints()
                .filter(cp -> cp >= 0x20 && !FontChain.isIgnorable(cp) && !Character.isWhitespace(cp)).forEach(cp -> {
                    for (FontChain chain : code ? List.of(mono) : List.of(serif, sans)) {
                        FontFace face = chain.face(style, cp);
                        if (face != null) {
                            used.computeIfAbsent(face, f -> new LinkedHashSet<>()).add(chain.name());
                        }
                    }
                }));
        List<String> out = new ArrayList<>();
        used.forEach((face, chains) -> out.add(face.family() + " " + face.style().key() + " (" + String.join(", ", chains)
                + "): " + (face.source().equals("bundled") ? "bundled " + face.fileName() : face.source()) + ", "
                + face.licence()));
        return out;
    }
}
