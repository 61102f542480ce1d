package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;

/**
 * What a web page says about itself: the title (the article's {@code <h1>}, else OpenGraph's, else {@code <title>}
 * without the site's name), the author ({@code <meta name="author">}, {@code article:author}, a {@code rel="author"}
 * link or a byline), the date (the article's {@code <time>}, else {@code article:published_time}), the canonical
 * address as source, {@code <html lang>} as language, and {@code <meta name="keywords">}. Each field remembers
 * the line it came from.
 */
record PageMetadata(String title, String author, String date, String source, String language, List<String> keywords,
                    java.util.Map<String, Integer> lines) {

    static PageMetadata of(String file, Document doc, Element content, List<Diagnostic> diagnostics) {
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        Element article = content.closest("article");
        Element h1 = article != null ? article.selectFirst("h1") : null;
        if (h1 == null) {
            h1 = content.selectFirst("h1");
        }
        if (h1 == null) {
            h1 = doc.selectFirst("body h1");
        }
        String title = first(lines, "title", h1, h1 == null ? "" : h1.text());
        title = title.isEmpty() ? meta(doc, lines, "title", "meta[property=og:title]", "meta[name=twitter:title]") : title;
        if (title.isEmpty()) {
            Element t = doc.selectFirst("title");
            title = first(lines, "title", t, t == null ? "" : withoutSiteName(t.text()));
        }
        if (title.isEmpty()) {
            throw BadInputException.at(file, 1, "the page has no title (no <h1>, og:title or <title>); read it with --from text "
                    + "after saving it as text, or add a <title>");
        }
        String author = meta(doc, lines, "author", "meta[name=author]", "meta[property=article:author]", "meta[name=twitter:creator]");
        if (author.startsWith("http")) {
            author = "";
        }
        if (author.isEmpty()) {
            Element a = doc.selectFirst("[rel=author], .byline .author, .author .fn, .author-name, [itemprop=author]");
            author = first(lines, "author", a, a == null ? "" : a.text().replaceFirst("(?i)^by\\s+", ""));
        }
        Element time = (article != null ? article : content).selectFirst("time");
        String date = first(lines, "date", time, time == null ? "" : time.text());
        if (date.isEmpty()) {
            date = meta(doc, lines, "date", "meta[property=article:published_time]", "meta[name=date]", "meta[itemprop=datePublished]");
            date = date.length() > 10 && date.charAt(10) == 'T' ? date.substring(0, 10) : date;
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String source = first(lines, "source", canonical, canonical == null ? "" : canonical.attr("href").strip());
        if (source.isEmpty()) {
            source = meta(doc, lines, "source", "meta[property=og:url]");
        }
        if (!source.matches("(?i)https?://\\S+")) {
            source = "";
        }
        return new PageMetadata(title, author, date, source, language(file, doc, lines, diagnostics), keywords(doc, lines), lines);
    }

    private static String language(String file, Document doc, java.util.Map<String, Integer> lines, List<Diagnostic> diagnostics) {
        Element html = doc.selectFirst("html[lang]");
        if (html == null) {
            return "";
        }
        String lang = html.attr("lang").strip().replace('_', '-');
        int line = HtmlBlocks.line(html);
        try {
            FrontMatter.checkLanguage(file, line, lang);
        } catch (BadInputException e) {
            diagnostics.add(Diagnostic.warning(file, line, 0, "lang=\"" + Echo.of(html.attr("lang")) + "\" is not a BCP 47 tag; the text "
                    + "is read as English (en)"));
            return "";
        }
        lines.put("language", line);
        return lang;
    }

    private static List<String> keywords(Document doc, java.util.Map<String, Integer> lines) {
        List<String> out = new ArrayList<>();
        Element k = doc.selectFirst("meta[name=keywords][content]");
        if (k != null) {
            for (String w : k.attr("content").split(",")) {
                if (!w.isBlank()) {
                    out.add(w.strip());
                }
            }
            lines.put("keywords", HtmlBlocks.line(k));
        }
        return out;
    }

    private static String meta(Document doc, java.util.Map<String, Integer> lines, String key, String... queries) {
        for (String q : queries) {
            Element m = doc.selectFirst(q + "[content]");
            if (m != null && !m.attr("content").isBlank()) {
                return first(lines, key, m, m.attr("content").strip());
            }
        }
        return "";
    }

    private static String first(java.util.Map<String, Integer> lines, String key, Element from, String value) {
        String v = value.strip();
        if (!v.isEmpty() && from != null) {
            lines.put(key, HtmlBlocks.line(from));
        }
        return v;
    }

    /** "39 Lessons … | Eugene Yan" → the longest part between the usual separators. */
    static String withoutSiteName(String title) {
        String best = "";
        for (String part : title.split(" [|–—·»] | - ")) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best.isEmpty() ? title.strip() : best;
    }
}
