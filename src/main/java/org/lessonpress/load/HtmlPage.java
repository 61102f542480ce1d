package org.lessonpress.load;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;

/**
 * One saved web page read: jsoup parses the page from its text alone (no address, no network: nothing the page
 * links to is ever fetched); {@link MainContent} finds the essay and leaves out navigation, sidebars, comments,
 * share buttons and footers with one warning; {@link PageMetadata} gives the front matter, {@link HtmlEssay} the
 * sections and lessons.
 */
final class HtmlPage {
    private static final Pattern CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    /** Deeper than any real page (they rarely pass 40), well below jsoup's own cap of 512. */
    static final int MAX_DEPTH = 256;

    private HtmlPage() {
    }

    static LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            String text = decode(name, bytes);
            if (text.isBlank()) {
                throw BadInputException.at(name, 1, "the file is empty; give a saved web page (.html)");
            }
            Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
            tooDeep(name, page);
            MainContent main = MainContent.find(page);
            PageMetadata meta = PageMetadata.of(name, page, main.element(), diagnostics);
            if (!options.keepTrailing()) {
                main.leaveOutFurniture();
            }
            warnLeftOut(name, main, diagnostics);
            HtmlBlocks blocks = new HtmlBlocks(name, diagnostics, base(page, meta.source()));
            Outline outline = new Outline(name, diagnostics, HtmlEssay.WORDING);
            Metadata draft = new Metadata(meta.title(), "", meta.author(), meta.date(), meta.source(), meta.language(), "", meta.keywords());
            if (!new HtmlEssay(name, diagnostics, blocks, main.element(), meta.title(), draft.language()).read(main.element(), outline)) {
                throw BadInputException.at(name, HtmlBlocks.line(main.element()), "no numbered list found in the page's text (" + describe(main)
                        + "); lessons are the items of an <ol>, or paragraphs that start with their number ('1. …')");
            }
            LessonDocument doc = outline.build(draft, Path.of(name).getFileName().toString());
            Citation c = Citation.find(doc.closing());
            if (c != null) {
                Metadata m = new Metadata(draft.title(), "", draft.author().isEmpty() ? c.author() : draft.author(),
                        draft.date().isEmpty() ? c.date() : draft.date(), draft.source().isEmpty() ? c.source() : draft.source(),
                        draft.language(), c.text(), draft.keywords());
                doc = new LessonDocument(m, doc.intro(), doc.lessons(), doc.sections(), doc.closing(), doc.sourceName());
            }
            return ModelCheck.apply(Readers.result(name, doc, diagnostics), Places.of(text).withFields(meta.lines()));
        } catch (BadInputException e) {
            diagnostics.add(e.diagnostic());
            return Readers.result(name, null, diagnostics);
        }
    }

    /** Elements nested deeper than any page needs: a broken or hostile page, refused before anything walks it. */
    private static void tooDeep(String name, Document page) {
        org.jsoup.nodes.Node[] deep = {null};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (deep[0] == null && depth > MAX_DEPTH) {
                deep[0] = node;
            }
        }, page);
        if (deep[0] != null) {
            throw BadInputException.at(name, HtmlBlocks.line(deep[0]), "the page's elements are nested more than " + MAX_DEPTH
                    + " levels deep here; no essay needs that, so the page is not read");
        }
    }

    /** UTF-8 unless the page's {@code <meta charset>} names another (single-byte or multi-byte) encoding this JVM has. */
    private static String decode(String name, byte[] bytes) {
        Charset declared = declared(bytes);
        if (declared == null) {
            return SourceText.decode(name, bytes, "a saved web page (.html) in UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw BadInputException.at(name, 1, "binary data (a NUL byte), not a web page; give a saved .html page");
            }
        }
        return new String(bytes, declared).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The encoding the page declares, if it is a known one other than UTF-8 (and not UTF-16, which has NUL bytes). */
    private static Charset declared(byte[] bytes) {
        Matcher m = CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        try {
            Charset c = Charset.forName(m.group(1));
            return c.equals(StandardCharsets.UTF_8) || c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? null : c;
        } catch (IllegalArgumentException unknownOrIllegalName) {
            return null; // read as UTF-8, which says so if the bytes are not
        }
    }

    /** The address relative links are resolved against: {@code <base href>}, else the canonical address. */
    private static URI base(Document page, String canonical) {
        String href = page.selectFirst("base[href]") != null ? page.selectFirst("base[href]").attr("href") : canonical;
        try {
            URI u = new URI(href.strip());
            return u.isAbsolute() && u.getScheme().matches("(?i)https?") ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String describe(MainContent main) {
        org.jsoup.nodes.Element e = main.element();
        String attrs = e.id().isEmpty() ? e.className().isEmpty() ? "" : " class=\"" + Echo.of(e.className()) + "\""
                : " id=\"" + Echo.of(e.id()) + "\"";
        return "the <" + e.normalName() + attrs + "> at line " + HtmlBlocks.line(e);
    }

    /** One warning for all that is left out, by kind, with line ranges, in page order. */
    private static void warnLeftOut(String name, MainContent main, List<Diagnostic> diagnostics) {
        if (main.leftOut().isEmpty()) {
            return;
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (MainContent.Part p : main.leftOut()) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.from() == p.to() ? "line " + p.from() : "lines " + p.from() + "-" + p.to());
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, ranges) -> parts.add(kind + " (" + String.join(", ", ranges) + ")"));
        diagnostics.add(Diagnostic.warning(name, main.leftOut().get(0).from(), 0, "left out what is not the essay: "
                + String.join("; ", parts) + "; the essay is " + describe(main)
                + " (--keep-trailing keeps the furniture inside it)"));
    }
}
