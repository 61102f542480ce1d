package org.lessonpress.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.NearestName;
import org.lessonpress.model.Metadata;
import org.lessonpress.theme.YamlTree;

/**
 * Splits the YAML front matter off a lesson file and reads it. The body keeps its line numbers: the front matter's
 * lines are blanked, not removed, before the Markdown parser sees the text.
 */
final class FrontMatter {
    static final List<String> KEYS = List.of("title", "subtitle", "author", "date", "source", "language", "citation", "keywords");

    /** The metadata, the body with the front matter's lines blanked, and the line each key was set on. */
    record Split(Metadata metadata, String body, int bodyStartLine, Map<String, Integer> fieldLines) {
    }

    private FrontMatter() {
    }

    static Split split(String file, String text, List<Diagnostic> diagnostics) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw BadInputException.at(file, 1, "no front matter; start the file with a '---' line, then 'title: Your title', then another '---' line (or read it as a plain-text essay with --from text)");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw BadInputException.at(file, 1, "the front matter opened here is never closed; add a '---' line after its last key");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Map<String, Integer> fieldLines = new java.util.HashMap<>();
        Metadata meta = read(file, yaml.toString(), 1, diagnostics, fieldLines);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= close; i++) {
            body.append('\n');
        }
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new Split(meta, body.toString(), close + 2, fieldLines);
    }

    private static Metadata read(String file, String yaml, int offset, List<Diagnostic> diagnostics, Map<String, Integer> fieldLines) {
        Map<String, YamlTree.Leaf> leaves = YamlTree.flatten(yaml, file, offset, 2);
        String title = null;
        String subtitle = null;
        String author = null;
        String date = null;
        String source = null;
        String language = null;
        String citation = null;
        List<String> keywords = new ArrayList<>();
        for (YamlTree.Leaf leaf : leaves.values()) {
            String key = leaf.path();
            if (key.contains(".")) {
                throw BadInputException.at(file, leaf.line(), "'" + key.substring(0, key.indexOf('.'))
                        + "' must be plain text, not a nested mapping");
            }
            if (!KEYS.contains(key)) {
                diagnostics.add(Diagnostic.warning(file, leaf.line(), 0, "unknown front matter key '" + Echo.of(key) + "' is ignored"
                        + suggestion(key)));
                continue;
            }
            fieldLines.put(key, leaf.line());
            String value;
            if (leaf.value() instanceof List<?> items) {
                if (!key.equals("author") && !key.equals("keywords")) {
                    throw BadInputException.at(file, leaf.line(), "'" + key + "' must be text, not a list");
                }
                if (key.equals("keywords")) {
                    items.forEach(i -> keywords.add(String.valueOf(i).strip()));
                    continue;
                }
                value = String.join(", ", items.stream().map(String::valueOf).toList());
            } else {
                value = ((String) leaf.value()).strip();
            }
            switch (key) {
                case "title" -> title = value;
                case "subtitle" -> subtitle = value;
                case "author" -> author = value;
                case "date" -> date = value;
                case "source" -> source = checkSource(file, leaf.line(), value, diagnostics);
                case "language" -> language = checkLanguage(file, leaf.line(), value);
                case "citation" -> citation = value;
                case "keywords" -> {
                    for (String k : value.split(",")) {
                        if (!k.isBlank()) {
                            keywords.add(k.strip());
                        }
                    }
                }
                default -> throw new IllegalStateException(key);
            }
        }
        if (title == null || title.isBlank()) {
            throw BadInputException.at(file, 1, "the front matter has no 'title'; add a line 'title: Your title' between the '---' lines");
        }
        return new Metadata(title, subtitle, author, date, source, language, citation, keywords);
    }

    private static String suggestion(String key) {
        return NearestName.to(key, KEYS).map(best -> "; did you mean '" + best + "'?")
                .orElse("; known keys: " + String.join(", ", KEYS));
    }

    private static String checkSource(String file, int line, String value, List<Diagnostic> diagnostics) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                diagnostics.add(Diagnostic.warning(file, line, 0, "'source' is not an http(s) URL; it is printed as written"));
            }
        } catch (URISyntaxException e) {
            diagnostics.add(Diagnostic.warning(file, line, 0, "'source' is not a valid URL (" + e.getReason() + "); it is printed as written"));
        }
        return value;
    }

    static String checkLanguage(String file, int line, String value) {
        if (!value.matches("[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*")) {
            throw BadInputException.at(file, line, "'language: " + value + "' is not a BCP 47 tag; write e.g. en, de, pt-BR or sr-Latn");
        }
        return value;
    }
}
