package org.lessonpress.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;

/**
 * The essay's element of a web page, walked in reading order into the outline: {@code <h2>}/{@code <h3>}... as
 * sections and sub-sections (levels counted from the highest heading used), each {@code <ol>} not inside a list item
 * as lessons numbered by position, {@code start} and {@code value}, everything else as blocks. Wrappers
 * ({@code <div>}, {@code <section>}) are walked through without recursion, so no nesting depth overflows the stack.
 * A page without {@code <ol>} may number its paragraphs instead ({@code <p>1. …</p>}), as plain text does.
 * Leads are the {@code <strong>}/{@code <b>} run an item starts with; on a page that marks none, each item's first
 * sentence, as in plain text.
 */
final class HtmlEssay {
    static final Outline.Wording WORDING = new Outline.Wording("not inside", "move it into the <li> to say so", "<h2>",
            "'%s' is a title heading");
    /** Elements walked through as wrappers of the essay's blocks. */
    private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "main", "header", "footer", "aside", "nav",
            "center", "details", "form", "fieldset", "hgroup", "body", "html", "figure");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,9})[.)]\\s+\\S.*", Pattern.DOTALL);

    /** What the walk meets, kept until it is known whether the page marks its leads. */
    private sealed interface Event {
    }

    private record HeadingEvent(int level, Block.Heading heading) implements Event {
    }

    private record BlockEvent(Block block) implements Event {
    }

    private record LessonEvent(int number, List<Block> blocks, int line) implements Event {
    }

    private final String file;
    private final List<Diagnostic> diagnostics;
    private final HtmlBlocks blocks;
    private final String title;
    private final String language;
    private final List<Event> events = new ArrayList<>();
    private final boolean numberedParagraphs;
    /** On a page that numbers paragraphs, the last numbered one: what follows its lesson is the closing. */
    private final Element lastNumbered;
    private final int topLevel;
    private LessonEvent current;

    HtmlEssay(String file, List<Diagnostic> diagnostics, HtmlBlocks blocks, Element content, String title, String language) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.blocks = blocks;
        this.title = title;
        this.language = language;
        this.numberedParagraphs = content.select("ol").stream().noneMatch(ol -> !MainContent.insideItem(ol, content));
        int top = 6;
        for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
            if (!isTitle(h)) {
                top = Math.min(top, h.normalName().charAt(1) - '0');
            }
        }
        this.topLevel = top;
        Element last = null;
        if (numberedParagraphs) {
            for (Element p : content.select("p")) {
                if (NUMBERED.matcher(p.text().strip()).matches()) {
                    last = p;
                }
            }
        }
        this.lastNumbered = last;
    }

    /** Feeds the outline; false when the page holds no lessons. */
    boolean read(Element content, Outline outline) {
        walk(content);
        boolean marked = events.stream().anyMatch(e -> e instanceof LessonEvent l && startsStrong(l.blocks()));
        for (Event e : events) {
            if (e instanceof HeadingEvent h) {
                outline.heading(h.level(), h.heading());
            } else if (e instanceof BlockEvent b) {
                outline.block(b.block());
            } else {
                lesson((LessonEvent) e, marked, outline);
            }
        }
        return outline.hasLessons();
    }

    private void walk(Element content) {
        Deque<Iterator<Node>> stack = new ArrayDeque<>();
        stack.push(content.childNodes().iterator());
        List<Node> run = new ArrayList<>();
        while (!stack.isEmpty()) {
            Iterator<Node> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Node n = it.next();
            if (!HtmlBlocks.isBlock(n)) {
                run.add(n);
                continue;
            }
            Element e = (Element) n;
            String tag = e.normalName();
            if (HtmlBlocks.INVISIBLE.contains(tag)) {
                continue;
            }
            flush(run);
            if (tag.matches("h[1-6]")) {
                heading(e);
            } else if (tag.equals("ol")) {
                list(e);
            } else if (tag.equals("p") && numberedParagraphs) {
                paragraph(e);
            } else if (WRAPPERS.contains(tag)) {
                stack.push(e.childNodes().iterator());
            } else {
                blocks.block(e, 0).forEach(this::add);
            }
        }
        flush(run);
    }

    private void flush(List<Node> run) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> content = Whitespace.collapse(blocks.inlines(run, 0));
        if (!content.isEmpty()) {
            add(new Block.Paragraph(content, HtmlBlocks.line(run.get(0))));
        }
        run.clear();
    }

    /** A block in reading order: part of the numbered paragraph before it, if the page numbers paragraphs. */
    private void add(Block b) {
        if (current != null) {
            current.blocks().add(b);
        } else {
            events.add(new BlockEvent(b));
        }
    }

    private boolean isTitle(Element h) {
        return h.normalName().equals("h1") && h.text().strip().equalsIgnoreCase(title.strip());
    }

    private void heading(Element h) {
        if (isTitle(h)) {
            return;
        }
        current = null;
        List<Inline> content = Whitespace.collapse(blocks.inlines(h.childNodes(), 0));
        if (content.isEmpty()) {
            return;
        }
        int tag = h.normalName().charAt(1) - '0';
        events.add(new HeadingEvent(Math.max(1, tag - topLevel + 1), new Block.Heading(tag, content, HtmlBlocks.line(h))));
    }

    private void list(Element ol) {
        if (!ol.endSourceRange().isTracked() || ol.endSourceRange().isImplicit()) {
            throw BadInputException.at(file, HtmlBlocks.line(ol), "this list of lessons is never closed (no </ol>): the page looks cut off; "
                    + "save the whole page again");
        }
        current = null;
        int number = HtmlBlocks.start(ol);
        for (Element li : ol.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            if (li.hasAttr("value")) {
                try {
                    number = Integer.parseInt(li.attr("value").strip());
                } catch (NumberFormatException e) {
                    diagnostics.add(Diagnostic.warning(file, HtmlBlocks.line(li), 0, "value=\"" + Echo.of(li.attr("value"))
                            + "\" is not a number; the item is numbered by its position"));
                }
            }
            events.add(new LessonEvent(number++, new ArrayList<>(blocks.children(li, 1)), HtmlBlocks.line(li)));
        }
    }

    /** On a page without lists, {@code <p>12. …</p>} starts lesson 12 and the paragraphs after it belong to it. */
    private void paragraph(Element p) {
        List<Inline> content = Whitespace.collapse(blocks.inlines(p.childNodes(), 0));
        Matcher m = NUMBERED.matcher(InlineText.plain(content));
        if (content.isEmpty()) {
            return;
        }
        if (!m.matches()) {
            add(new Block.Paragraph(content, HtmlBlocks.line(p)));
            return;
        }
        int prefix = m.group(1).length() + 1;
        String plain = InlineText.plain(content);
        while (prefix < plain.length() && Character.isWhitespace(plain.charAt(prefix))) {
            prefix++;
        }
        List<Inline> rest = LeadSplitter.trimStart(LeadSplitter.after(content, prefix));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(rest, HtmlBlocks.line(p)));
        LessonEvent lesson = new LessonEvent(Integer.parseInt(m.group(1)), body, HtmlBlocks.line(p));
        events.add(lesson);
        current = p == lastNumbered ? null : lesson;
    }

    private static boolean startsStrong(List<Block> blocks) {
        return !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p && !p.content().isEmpty()
                && p.content().get(0) instanceof Inline.Strong;
    }

    private void lesson(LessonEvent l, boolean marked, Outline outline) {
        List<Block> body = l.blocks();
        if (body.isEmpty()) {
            throw BadInputException.at(file, l.line(), "lesson " + l.number() + " is empty; give the <li> its text or remove it");
        }
        if (!(body.get(0) instanceof Block.Paragraph first)) {
            throw BadInputException.at(file, l.line(), "lesson " + l.number() + " starts with a "
                    + body.get(0).getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "; an item starts with its lead");
        }
        LeadSplitter.Split split = marked ? LeadSplitter.split(first.content(), language)
                : LeadSplitter.firstSentence(first.content(), language);
        if (split.lead().isEmpty() || InlineText.plain(split.lead()).isBlank()) {
            throw BadInputException.at(file, l.line(), "lesson " + l.number() + " is empty; give the <li> its text or remove it");
        }
        boolean inferred = marked && split.inferred();
        if (inferred) {
            diagnostics.add(Diagnostic.warning(file, l.line(), 0, "lesson " + l.number() + " has no bold lead (<strong>) though "
                    + "others have; its first sentence is used"));
        }
        List<Block> rest = new ArrayList<>();
        if (!split.rest().isEmpty()) {
            rest.add(new Block.Paragraph(split.rest(), first.line()));
        }
        rest.addAll(body.subList(1, body.size()));
        outline.lesson(l.number(), split.lead(), inferred, rest, l.line());
    }
}
