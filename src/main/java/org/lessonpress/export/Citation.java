package org.lessonpress.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lessonpress.model.Metadata;

/**
 * The citation as a format shows it next to the source link: without the source's URL (a poster footer or a
 * closing slide that prints both would otherwise show the URL twice), and without the punctuation that only
 * separated the URL from the rest.
 */
public final class Citation {
    private Citation() {
    }

    /** The front matter's citation without its source URL; empty when there is no citation. */
    public static String withoutSource(Metadata m) {
        return withoutSource(m.citation(), m.source());
    }

    static String withoutSource(String citation, String source) {
        if (citation.isBlank() || source.isBlank()) {
            return citation.strip();
        }
        String text = citation;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String form : forms(source)) {
            int at;
            while ((at = lower.indexOf(form)) >= 0) {
                text = text.substring(0, at) + text.substring(at + form.length());
                lower = text.toLowerCase(Locale.ROOT);
            }
        }
        if (text.equals(citation)) {
            return citation.strip();
        }
        String cleaned = text.replace("<>", "").replace("()", "").replace("[]", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([.,;:])", "$1")
                .replaceAll("([.,;:])[.,;:]+", "$1")
                .strip();
        return cleaned.matches("[.,;:\\s]*") ? "" : cleaned;
    }

    /** The ways a URL is written in a citation, longest first: as given, without its scheme, "www." or final slash. */
    private static List<String> forms(String source) {
        String url = source.strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(List.of(url));
        String bare = url.replaceFirst("^https?://", "");
        out.add(bare);
        out.add(bare.replaceFirst("^www\\.", ""));
        for (String s : List.copyOf(out)) {
            if (s.endsWith("/")) {
                out.add(s.substring(0, s.length() - 1));
            }
        }
        for (String s : List.copyOf(out)) {
            if (!s.startsWith("http")) {
                out.add("https://" + s);
                out.add("http://" + s);
            }
        }
        return out.stream().distinct().filter(s -> s.length() > 3).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
