package org.lessonpress.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;

/**
 * HTML elements of an article → model blocks and inlines: paragraphs, quotes (with the attribution a last
 * "— Name" paragraph, a {@code <footer>} or a {@code <cite>} gives), lists, code, headings, rules; emphasis, strong,
 * code and links as inline structure, white space collapsed as a browser shows it. Images and embeds are kept
 * visibly as links to them, tables as one paragraph per row, each with a warning; nothing is fetched.
 */
final class HtmlBlocks {
    /** Elements whose content is never text of the page. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "meta", "link", "title", "base");
    /** Elements that hold no text of their own and go away with a warning (drawn graphics, form controls). */
    static final Set<String> UNREADABLE = Set.of("svg", "canvas", "math", "button", "input", "select", "textarea", "object", "map");
    /** Embedded media: kept as a link to what they show. */
    static final Set<String> EMBEDS = Set.of("iframe", "video", "audio", "embed", "picture", "source");
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "blockquote", "ul", "ol", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "address", "details", "summary", "center", "form",
            "fieldset", "hgroup", "menu", "caption", "body", "html");
    private static final Set<String> EMPHASIS = Set.of("em", "i", "cite", "dfn", "var");
    private static final Set<String> STRONG = Set.of("strong", "b");
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt");

    private final String file;
    private final List<Diagnostic> diagnostics;
    private final URI base;

    HtmlBlocks(String file, List<Diagnostic> diagnostics, URI base) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.base = base;
    }

    static int line(Node n) {
        for (Node x = n; x != null; x = x.parent()) {
            int l = x.sourceRange().start().lineNumber();
            if (l > 0) {
                return l;
            }
        }
        return 1;
    }

    static boolean isBlock(Node n) {
        return n instanceof Element e && (BLOCKS.contains(e.normalName()) || INVISIBLE.contains(e.normalName()));
    }

    /** The blocks of an element's children: runs of inline content become paragraphs. */
    List<Block> children(Element parent, int depth) {
        List<Block> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (isBlock(n)) {
                paragraph(run, out);
                out.addAll(block((Element) n, depth));
            } else {
                run.add(n);
            }
        }
        paragraph(run, out);
        return out;
    }

    private void paragraph(List<Node> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> content = Whitespace.collapse(inlines(run, 0));
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(content, line(run.get(0))));
        }
        run.clear();
    }

    /** One block element as blocks: none for what is invisible, several for a container. */
    List<Block> block(Element e, int depth) {
        if (depth > Limits.BLOCK_DEPTH) {
            throw BadInputException.at(file, line(e), "lists or quotes are nested more than " + Limits.BLOCK_DEPTH
                    + " levels deep; flatten them");
        }
        int line = line(e);
        String tag = e.normalName();
        switch (tag) {
            case "p", "dt", "figcaption", "summary", "caption", "address" -> {
                List<Inline> content = Whitespace.collapse(inlines(e.childNodes(), 0));
                return content.isEmpty() ? List.of() : List.of(new Block.Paragraph(content, line));
            }
            case "blockquote" -> {
                return List.of(quote(e, depth));
            }
            case "ul", "ol" -> {
                List<List<Block>> items = new ArrayList<>();
                for (Element li : e.children()) {
                    items.add(children(li, depth + 1));
                }
                return List.of(new Block.ListBlock(tag.equals("ol"), start(e), items, line));
            }
            case "pre" -> {
                Element code = e.children().size() == 1 && e.child(0).normalName().equals("code") ? e.child(0) : e;
                return List.of(new Block.CodeBlock(language(code), Whitespace.preformatted(code.wholeText()), line));
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                List<Inline> content = Whitespace.collapse(inlines(e.childNodes(), 0));
                return content.isEmpty() ? List.of() : List.of(new Block.Heading(tag.charAt(1) - '0', content, line));
            }
            case "hr" -> {
                return List.of(new Block.Rule(line));
            }
            case "table" -> {
                return table(e);
            }
            default -> {
                if (INVISIBLE.contains(tag)) {
                    return List.of();
                }
                return children(e, depth);
            }
        }
    }

    static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String language(Element code) {
        for (String c : code.classNames()) {
            if (c.startsWith("language-") || c.startsWith("lang-")) {
                return c.substring(c.indexOf('-') + 1);
            }
        }
        return "";
    }

    private Block quote(Element e, int depth) {
        List<Block> content = new ArrayList<>();
        List<Inline> attribution = new ArrayList<>();
        for (Element cite : e.select("> footer, > cite, > p > cite:only-child")) {
            attribution.addAll(Whitespace.collapse(inlines(cite.childNodes(), 0)));
            cite.remove();
        }
        content.addAll(children(e, depth + 1));
        if (!attribution.isEmpty()) {
            List<Inline> name = BlockConverter.afterDash(attribution);
            return new Block.Quote(content, name == null || name.isEmpty() ? attribution : name, line(e));
        }
        return BlockConverter.quote(content, line(e));
    }

    private List<Block> table(Element table) {
        diagnostics.add(Diagnostic.warning(file, line(table), 0, "tables are not supported; each row is kept as a paragraph, cells "
                + "separated by ' | '"));
        List<Block> out = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<Inline> row = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!row.isEmpty()) {
                    row.add(new Inline.Text(" | "));
                }
                row.addAll(inlines(cell.childNodes(), 0));
            }
            List<Inline> content = Whitespace.collapse(row);
            if (!content.isEmpty()) {
                out.add(new Block.Paragraph(content, line(tr)));
            }
        }
        return out;
    }

    List<Inline> inlines(List<Node> nodes, int depth) {
        if (depth > Limits.INLINE_DEPTH) {
            throw BadInputException.at(file, nodes.isEmpty() ? 1 : line(nodes.get(0)), "inline markup is nested more than "
                    + Limits.INLINE_DEPTH + " levels deep; simplify the emphasis and links here");
        }
        List<Inline> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                out.add(new Inline.Text(t.getWholeText()));
            } else if (n instanceof Element e) {
                inline(e, depth, out);
            }
        }
        return out;
    }

    private void inline(Element e, int depth, List<Inline> out) {
        String tag = e.normalName();
        if (EMPHASIS.contains(tag)) {
            out.add(new Inline.Emphasis(inlines(e.childNodes(), depth + 1)));
        } else if (STRONG.contains(tag)) {
            out.add(new Inline.Strong(inlines(e.childNodes(), depth + 1)));
        } else if (CODE.contains(tag)) {
            out.add(new Inline.Code(e.wholeText().replaceAll("[ \\t\\n\\r\\f]+", " "))); // as a browser shows it
        } else if (tag.equals("a") && e.hasAttr("href")) {
            out.add(new Inline.Link(resolve(e.attr("href")), e.attr("title"), inlines(e.childNodes(), depth + 1)));
        } else if (tag.equals("br")) {
            out.add(new Inline.HardBreak());
        } else if (tag.equals("img")) {
            String src = resolve(e.attr("src"));
            diagnostics.add(Diagnostic.warning(file, line(e), 0, "images are not supported; the image's alt text is kept as a link to it"));
            out.add(new Inline.Link(src, e.attr("title"), List.of(new Inline.Text(ImageText.visible(e.attr("alt"), src)))));
        } else if (EMBEDS.contains(tag)) {
            embed(e, out);
        } else if (UNREADABLE.contains(tag)) {
            diagnostics.add(Diagnostic.warning(file, line(e), 0, "<" + tag + "> has no text to keep and is left out"));
        } else if (!INVISIBLE.contains(tag)) {
            out.addAll(inlines(e.childNodes(), depth)); // span, mark, small, q, time...: only their text counts
        }
    }

    private void embed(Element e, List<Inline> out) {
        String src = e.hasAttr("src") ? e.attr("src") : e.selectFirst("[src]") == null ? "" : e.selectFirst("[src]").attr("src");
        String tag = e.normalName();
        if (src.isEmpty()) {
            diagnostics.add(Diagnostic.warning(file, line(e), 0, "the embedded <" + tag + "> has no address and is left out"));
            return;
        }
        diagnostics.add(Diagnostic.warning(file, line(e), 0, "embedded media (<" + tag + ">) are not supported; kept as a link to them"));
        String url = resolve(src);
        out.add(new Inline.Link(url, "", List.of(new Inline.Text(tag.equals("iframe") ? "embedded content: " + url : tag + ": " + url))));
    }

    /** A link made absolute against the page's address, when it has one; never fetched. */
    String resolve(String href) {
        String h = href.strip();
        if (base == null || h.isEmpty() || h.startsWith("#") || !ModelCheck.scheme(h).isEmpty()) {
            return h;
        }
        try {
            return base.resolve(new URI(h.replace(" ", "%20"))).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return h;
        }
    }
}
