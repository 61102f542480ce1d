package org.lessonpress.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code html} reader: a saved web page holding a list essay. jsoup parses the page from its text alone (no
 * address, no network: nothing the page links to is ever fetched); {@link MainContent} finds the essay and leaves
 * out navigation, sidebars, comments, share buttons and footers with one warning; {@link PageMetadata} gives the
 * front matter; {@link HtmlEssay} the sections and lessons.
 */
public final class HtmlReader implements Reader {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "saved web page: the article's headings, numbered list and quotes; navigation, comments and footers left out";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public int sniff(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        if (Markup.START.matcher(s).find()) {
            return 90;
        }
        return s.stripLeading().startsWith("<") && s.toLowerCase(Locale.ROOT).contains("</p>") ? 30 : 0;
    }

    /** Compiled on the first sniff, not when the registry is found. */
    private static final class Markup {
        static final Pattern START = Pattern.compile("(?is)\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)\\b");
    }

    @Override
    public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        return HtmlPage.read(name, bytes, options); // jsoup's classes load only when a page is read
    }
}
