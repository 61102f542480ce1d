package org.lessonpress.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the essay in a web page: the element whose paragraphs and list items carry the most text, scored as
 * readability tools do (each paragraph scores its container fully, the next two containers up by half and by a
 * third; link-heavy containers and navigation, sidebar, comment or share names score less, article, main and
 * content names more). What else the page holds, and the furniture inside the essay (share buttons, forms,
 * a "Share on:" line after the last list), is left out and listed as {@link Part}s for one warning.
 */
final class MainContent {
    /** A part of the page left out: what it looks like ("comments") and its lines. */
    record Part(String kind, int from, int to) {
    }

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu", "dialog");
    /** Containers a paragraph's score goes to; lists and quotes pass it on to theirs. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "center", "details");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|page|post|text|blog|story|essay");
    private static final int SHORTEST_SCORED = 25;

    private final Element content;
    private final List<Part> leftOut = new ArrayList<>();

    private MainContent(Element content) {
        this.content = content;
    }

    Element element() {
        return content;
    }

    List<Part> leftOut() {
        return leftOut;
    }

    /** The essay's element in the page, and what of the page lies outside it. */
    static MainContent find(Document doc) {
        Element body = doc.body();
        MainContent m = new MainContent(best(body));
        m.listOutside(body);
        return m;
    }

    /** Removes the page furniture inside the essay: navigation, share buttons, forms, a footer after the last list. */
    void leaveOutFurniture() {
        removeTrailingFooter();
        removeFurnitureInside();
        leftOut.sort(java.util.Comparator.comparingInt(Part::from));
    }

    private static Element best(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.select("p, pre, td, dd, li")) {
            if (e.normalName().equals("li") && e.selectFirst("p") != null || furnished(e, body)) {
                continue;
            }
            String text = e.text();
            if (text.length() < SHORTEST_SCORED) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(3, text.length() / 100);
            Element c = container(e);
            for (int level = 1; c != null && level <= 3; level++, c = container(c)) {
                scores.merge(c, score / level, Double::sum);
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - linkDensity(s.getKey())) * weight(s.getKey());
            if (score > bestScore) {
                best = s.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static Element container(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (CONTAINERS.contains(p.normalName())) {
                return p;
            }
        }
        return null;
    }

    private static boolean furnished(Element e, Element body) {
        for (Element p = e; p != null && p != body; p = p.parent()) {
            if (isFurniture(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFurniture(Element e) {
        return FURNITURE_TAGS.contains(e.normalName()) || Boilerplate.isFurnitureName(e.className() + " " + e.id())
                || e.attr("role").matches("navigation|complementary|contentinfo|banner|search");
    }

    private static double weight(Element e) {
        double w = 1;
        if (e.normalName().equals("article") || e.attr("itemprop").equals("articleBody")) {
            w *= 1.25;
        } else if (e.normalName().equals("main") || e.attr("role").equals("main")) {
            w *= 1.15;
        }
        String names = e.className() + " " + e.id();
        if (Boilerplate.isFurnitureName(names)) {
            w *= 0.25;
        } else if (POSITIVE.matcher(names).find()) {
            w *= 1.25;
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / all);
    }

    /** Every part of the page beside the path from the body down to the essay. */
    private void listOutside(Element body) {
        for (Element path = content; path != null && path != body.parent(); path = path.parent()) {
            Element parent = path.parent();
            if (path == body || parent == null) {
                break;
            }
            for (Node sibling : parent.childNodes()) {
                if (sibling == path) {
                    continue;
                }
                if (sibling instanceof Element e && !HtmlBlocks.INVISIBLE.contains(e.normalName()) && !e.text().isBlank()) {
                    leftOut.add(part(e));
                } else if (sibling instanceof TextNode t && !t.isBlank()) {
                    int line = HtmlBlocks.line(t);
                    leftOut.add(new Part("other page text", line, line));
                }
            }
        }
        leftOut.sort(java.util.Comparator.comparingInt(Part::from));
    }

    private void removeFurnitureInside() {
        for (Element e : new ArrayList<>(content.select("*"))) {
            if (e != content && e.ownerDocument() != null && isFurniture(e) && !e.text().isBlank()) {
                leftOut.add(part(e));
                e.remove();
            }
        }
    }

    /** After the last top-level list, a "Share on:" or "Leave a Reply" block and everything after it. */
    private void removeTrailingFooter() {
        Element lastList = null;
        for (Element ol : content.select("ol")) {
            if (!insideItem(ol, content)) {
                lastList = ol;
            }
        }
        if (lastList == null) {
            return;
        }
        Element start = null;
        int inList = -1;
        for (Element e : content.select("*")) {
            if (e == lastList) {
                inList = lastList.getAllElements().size() - 1; // the list's own elements come next
            } else if (inList > 0) {
                inList--;
            } else if (inList == 0 && HtmlBlocks.isBlock(e) && Boilerplate.isFooterLine(e.text())) {
                start = e;
                break;
            }
        }
        if (start == null) {
            return;
        }
        int from = HtmlBlocks.line(start);
        int to = lastLine(content);
        for (Element e = start; e != null && e != content; e = e.parent()) {
            List<Node> later = new ArrayList<>();
            for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
                later.add(n);
            }
            later.forEach(Node::remove);
        }
        start.remove();
        leftOut.add(new Part("footer of the article", from, Math.max(from, to)));
    }

    /** Whether an element sits inside a list item of {@code content} (a list in a lesson, not a list of lessons). */
    static boolean insideItem(Element e, Element content) {
        for (Element p = e.parent(); p != null && p != content; p = p.parent()) {
            if (p.normalName().equals("li")) {
                return true;
            }
        }
        return false;
    }

    private static Part part(Element e) {
        return new Part(kind(e), HtmlBlocks.line(e), lastLine(e));
    }

    static int lastLine(Element e) {
        int end = e.endSourceRange().end().lineNumber();
        if (end > 0) {
            return end;
        }
        int max = HtmlBlocks.line(e);
        for (Element d : e.select("*")) {
            max = Math.max(max, d.sourceRange().start().lineNumber());
        }
        return max;
    }

    /** What a left-out part looks like, in the user's words. */
    static String kind(Element e) {
        String tag = e.normalName();
        String names = (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(java.util.Locale.ROOT);
        if (names.contains("comment") || names.contains("respond") || names.contains("reply")) {
            return "comments";
        } else if (names.contains("share") || names.contains("social")) {
            return "share buttons";
        } else if (names.contains("related")) {
            return "related posts";
        } else if (names.contains("subscri") || names.contains("newsletter")) {
            return "newsletter box";
        } else if (tag.equals("nav") || names.contains("nav") || names.contains("menu") || names.contains("breadcrumb")
                || names.contains("skip-link")) {
            return "navigation";
        } else if (tag.equals("aside") || names.contains("sidebar") || names.contains("widget") || names.contains("complementary")) {
            return "sidebar";
        } else if (tag.equals("footer") || names.contains("footer") || names.contains("contentinfo")) {
            return "footer";
        } else if (names.contains("meta") || names.contains("byline")) {
            return "byline and date";
        } else if (tag.equals("header") || names.contains("header") || names.contains("banner")) {
            return "header";
        } else if (tag.equals("form")) {
            return "form";
        }
        return "other page text";
    }
}
