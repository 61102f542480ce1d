package org.lessonpress.export;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.DocumentText.Place;
import org.lessonpress.model.LessonDocument;

/**
 * Finds text in a script no format can set correctly yet, before any export, so it is an error instead of silent
 * damage: every format sets text left to right, one glyph per character, so a right-to-left script (Arabic,
 * Hebrew...) would come out reversed with its letters unjoined, and a script whose letters combine into clusters
 * (Devanagari and the other Indic scripts, Tibetan, Myanmar, Khmer, Mongolian) or that breaks lines between words
 * without spaces (Thai, Lao) would be garbled or overflow. A script is accepted only when known to be set right.
 */
public final class ScriptCheck {
    /** Scripts set correctly left to right, one glyph per character, with lines broken at spaces or between ideographs. */
    private static final Set<UnicodeScript> SET_RIGHT = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
            UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC, UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN,
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO, UnicodeScript.HANGUL,
            UnicodeScript.YI, UnicodeScript.ETHIOPIC, UnicodeScript.CHEROKEE, UnicodeScript.CANADIAN_ABORIGINAL,
            UnicodeScript.OGHAM, UnicodeScript.RUNIC, UnicodeScript.COPTIC, UnicodeScript.GLAGOLITIC, UnicodeScript.GOTHIC,
            UnicodeScript.OLD_ITALIC, UnicodeScript.DESERET, UnicodeScript.SHAVIAN, UnicodeScript.LINEAR_B,
            UnicodeScript.BRAILLE, UnicodeScript.VAI, UnicodeScript.LISU, UnicodeScript.OSAGE, UnicodeScript.TIFINAGH);
    /** Scripts whose lines break between words without spaces, which needs a dictionary we do not have. */
    private static final Set<UnicodeScript> DICTIONARY_BREAKS = EnumSet.of(UnicodeScript.THAI, UnicodeScript.LAO);
    /** More places of one script than this are summed up in one line. */
    private static final int PLACES_PER_SCRIPT = 5;

    private ScriptCheck() {
    }

    /** One error per script and place (at the first of its code points there), at most five places per script. */
    public static List<Diagnostic> check(String file, LessonDocument doc) {
        Map<String, Map<Place, Integer>> found = new LinkedHashMap<>();
        DocumentText.walk(doc, (text, place, code, style) -> text.codePoints().forEach(cp -> {
            String problem = problem(cp);
            if (problem != null) {
                found.computeIfAbsent(label(problem), k -> new LinkedHashMap<>()).putIfAbsent(place, cp);
            }
        }));
        List<Diagnostic> out = new ArrayList<>();
        found.forEach((label, places) -> {
            int n = 0;
            for (Map.Entry<Place, Integer> e : places.entrySet()) {
                if (n++ == PLACES_PER_SCRIPT) {
                    Place p = e.getKey();
                    int more = places.size() - PLACES_PER_SCRIPT - 1;
                    out.add(Diagnostic.error(file, p.line(), 0, label + " also in "
                            + p.where() + (more > 0 ? " and " + more + (more == 1 ? " more place" : " more places") : "")));
                    break;
                }
                out.add(Diagnostic.error(file, e.getKey().line(), 0, e.getKey().where() + ": "
                        + problem(e.getValue()).replace("{cp}", ExportContext.describe(e.getValue()))));
            }
        });
        return out;
    }

    /** The script a problem is about, the part of its message before the first colon: {@code Arabic text}. */
    private static String label(String problem) {
        return problem.substring(0, problem.indexOf(':'));
    }

    /**
     * What is wrong with a code point, as a message with {@code {cp}} where the character goes, or null when it can
     * be set. The part before the first colon names the script, for the summary of further places.
     */
    static String problem(int cp) {
        byte dir = Character.getDirectionality(cp);
        UnicodeScript script = UnicodeScript.of(cp);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || dir == Character.DIRECTIONALITY_ARABIC_NUMBER || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
            String name = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED
                    ? "right-to-left text" : name(script) + " text";
            return name + ": {cp} is written right to left, and lessonpress sets text left to right only (without joining"
                    + " letters); it cannot be set correctly yet: remove it, or write it in Latin transliteration";
        }
        if (script == UnicodeScript.HANGUL && conjoiningJamo(cp)) {
            return "Hangul jamo: {cp} is a conjoining jamo, which must be composed into syllables, and lessonpress does"
                    + " not compose them; write the text with precomposed syllables (Unicode NFC)";
        }
        if (SET_RIGHT.contains(script)) {
            return null;
        }
        if (DICTIONARY_BREAKS.contains(script)) {
            return name(script) + " text: {cp} is in a script whose lines break between words without spaces, which"
                    + " needs a dictionary lessonpress does not have; it cannot be set correctly yet";
        }
        return name(script) + " text: {cp} is in a script whose letters must be shaped and combined, which lessonpress"
                + " does not do; it cannot be set correctly yet";
    }

    private static boolean conjoiningJamo(int cp) {
        return cp >= 0x1100 && cp <= 0x11FF || cp >= 0xA960 && cp <= 0xA97F || cp >= 0xD7B0 && cp <= 0xD7FF;
    }

    /** {@code ARABIC} → {@code Arabic}, {@code OLD_ITALIC} → {@code Old Italic}, {@code NKO} → {@code N'Ko}. */
    static String name(UnicodeScript script) {
        if (script == UnicodeScript.NKO) {
            return "N'Ko";
        }
        StringBuilder sb = new StringBuilder();
        for (String word : script.name().split("_")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
