package org.lessonpress.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * The rules every document meets, whichever reader made it: lesson numbers run on as written (a repeat or a gap is
 * an error naming both lines), no control characters (they vanish from PDF and DOCX without a word), only http,
 * https and mailto links stay links (any other is kept as its text, with a warning), and the {@link Limits}. It runs
 * once after any reader; a built-in reader runs it first with the exact places it knows, so the second run finds
 * nothing left to say.
 */
final class ModelCheck {
    /** After this many misnumbered lessons, one message says how many more there are. */
    static final int MAX_NUMBER_ERRORS = 20;
    private static final List<String> LIVE_SCHEMES = List.of("http", "https", "mailto");

    private final String file;
    private final Places places;
    private final List<Diagnostic> found = new ArrayList<>();

    private ModelCheck(String file, Places places) {
        this.file = file;
        this.places = places;
    }

    /** The result with the checks' diagnostics added and links rewritten; no document if any check failed. */
    static LessonLoader.Result apply(LessonLoader.Result r, Places places) {
        if (!r.ok()) {
            return r;
        }
        ModelCheck check = new ModelCheck(r.file(), places);
        LessonDocument doc = check.document(r.document());
        if (check.found.isEmpty()) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        all.addAll(check.found);
        all.sort(Readers.IN_LINE_ORDER);
        return new LessonLoader.Result(r.file(), Readers.anyError(all) ? null : doc, all);
    }

    private LessonDocument document(LessonDocument d) {
        List<LessonDocument.Entry> entries = d.entries();
        if (entries.size() > Limits.LESSONS) {
            Lesson over = entries.get(Limits.LESSONS).lesson();
            error(line(over, over.line()), 0, String.format(Locale.ROOT, "lesson %d is lesson %,d of this file; a file holds at most "
                    + "%,d lessons, so split it into several files", over.number(), Limits.LESSONS + 1, Limits.LESSONS));
            return d;
        }
        numbers(entries);
        Metadata m = metadata(d.metadata());
        List<Block> intro = blocks(d.intro(), "the intro");
        List<Lesson> lessons = lessons(d.lessons());
        List<Section> sections = sections(d.sections());
        List<Block> closing = blocks(d.closing(), "the closing");
        return new LessonDocument(m, intro, lessons, sections, closing, d.sourceName());
    }

    /** Each lesson's number is the one before plus one; the first may be any. */
    private void numbers(List<LessonDocument.Entry> entries) {
        Map<Integer, Integer> lineOf = new HashMap<>();
        Lesson previous = null;
        int errors = 0;
        for (int i = 0; i < entries.size(); i++) {
            Lesson l = entries.get(i).lesson();
            int line = line(l, l.line());
            Integer earlier = lineOf.putIfAbsent(l.number(), line);
            String problem = null;
            if (earlier != null) {
                problem = "lesson number " + l.number() + " repeats the one at line " + earlier
                        + "; numbers run on across lists and sections, so renumber from here";
            } else if (previous != null && l.number() != previous.number() + 1) {
                problem = "lesson number " + l.number() + " follows " + previous.number() + " at line " + line(previous, previous.line())
                        + "; expected " + (previous.number() + 1) + " (numbers run on across lists and sections)";
            }
            if (problem != null && ++errors > MAX_NUMBER_ERRORS) {
                error(line, 0, "lesson number " + l.number() + " and the " + (entries.size() - i - 1) + " lessons after it are not checked further; "
                        + "number the lessons as they should print (1, 2, 3, …)");
                return;
            }
            if (problem != null) {
                error(line, 0, problem);
            }
            previous = l;
        }
    }

    private Metadata metadata(Metadata m) {
        field("title", m.title(), Limits.TITLE);
        field("subtitle", m.subtitle(), Limits.SUBTITLE);
        field("author", m.author(), Limits.FIELD);
        field("date", m.date(), Limits.FIELD);
        field("source", m.source(), Limits.FIELD);
        field("language", m.language(), Limits.FIELD);
        field("citation", m.citation(), Limits.FIELD);
        for (String k : m.keywords()) {
            field("keywords", k, Limits.FIELD);
        }
        return m;
    }

    private void field(String key, String value, int limit) {
        int line = fieldLine(key, value);
        if (value.length() > limit) {
            error(line, 0, String.format(Locale.ROOT, "the front matter's '%s' is %,d characters, over the limit of %,d; shorten it",
                    key, value.length(), limit));
        }
        controls(value, "the front matter's '" + key + "'", line);
    }

    private int fieldLine(String key, String value) {
        int line = places.field(key);
        if (line > 0) {
            return line;
        }
        int[] at = places.find(value.substring(0, Math.min(value.length(), 40)), 1);
        return at == null ? 1 : at[0];
    }

    private Section section(Section s) {
        String where = "section '" + shorten(s.titleText()) + "'";
        int line = line(s, s.line());
        if (s.titleText().length() > Limits.SECTION_TITLE) {
            error(line, 0, String.format(Locale.ROOT, "the heading of %s is %,d characters, over the limit of %,d; shorten it",
                    where, s.titleText().length(), Limits.SECTION_TITLE));
        }
        List<Inline> title = inlines(s.title(), where, new int[] {line});
        List<Block> preamble = blocks(s.preamble(), where);
        return new Section(s.id(), s.level(), title, preamble, lessons(s.lessons()), sections(s.subsections()), s.line());
    }

    private List<Section> sections(List<Section> sections) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            out.add(section(s));
        }
        return out;
    }

    private List<Lesson> lessons(List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>(lessons.size());
        for (Lesson l : lessons) {
            out.add(lesson(l));
        }
        return out;
    }

    private Lesson lesson(Lesson l) {
        String where = "lesson " + l.number();
        int line = line(l, l.line());
        int leadLength = l.leadText().length();
        int length = leadLength + InlineText.plainBlocks(l.body()).length();
        if (length > Limits.LESSON) {
            error(line, 0, String.format(Locale.ROOT, "%s is %,d characters, over the limit of %,d for one lesson; split it or "
                    + "shorten it", where, length, Limits.LESSON));
        } else if (leadLength > Limits.LEAD) {
            error(line, 0, String.format(Locale.ROOT, "the lead of %s is %,d characters, over the limit of %,d; end its first "
                    + "sentence sooner or mark a shorter lead in bold", where, leadLength, Limits.LEAD));
        }
        List<Inline> lead = inlines(l.lead(), where, new int[] {line});
        return new Lesson(l.number(), lead, blocks(l.body(), where), l.leadInferred(), l.line());
    }

    private List<Block> blocks(List<Block> blocks, String where) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(block(b, where));
        }
        return out;
    }

    private Block block(Block b, String where) {
        int line = line(b, b.line());
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines(p.content(), where, new int[] {line}), p.line());
        } else if (b instanceof Block.Quote q) {
            int attributionLine = q.content().isEmpty() ? line : line(q.content().get(q.content().size() - 1), line);
            return new Block.Quote(blocks(q.content(), where), inlines(q.attribution(), where, new int[] {attributionLine}), q.line());
        } else if (b instanceof Block.CodeBlock c) {
            controls(c.language(), where, line);
            controls(c.code(), where, line);
            return c;
        } else if (b instanceof Block.ListBlock l) {
            List<List<Block>> items = new ArrayList<>();
            for (List<Block> item : l.items()) {
                items.add(blocks(item, where));
            }
            return new Block.ListBlock(l.ordered(), l.start(), items, l.line());
        } else if (b instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines(h.content(), where, new int[] {line}), h.line());
        }
        return b;
    }

    /**
     * Checks and rewrites inlines; {@code line[0]} is the source line the run is on, moved on at each line break
     * when the model's lines are the source's (a paragraph keeps its line breaks as soft or hard breaks).
     */
    private List<Inline> inlines(List<Inline> inlines, String where, int[] line) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                controls(t.text(), where, line[0]);
                out.add(t);
            } else if (in instanceof Inline.Code c) {
                controls(c.text(), where, line[0]);
                out.add(c);
            } else if (in instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.children(), where, line)));
            } else if (in instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.children(), where, line)));
            } else if (in instanceof Inline.Link l) {
                int linkLine = line[0];
                List<Inline> children = inlines(l.children(), where, line);
                controls(l.destination(), where, linkLine);
                controls(l.title(), where, linkLine);
                link(new Inline.Link(l.destination(), l.title(), children), where, linkLine, out);
            } else {
                if (places.linesAreSource() && (in instanceof Inline.SoftBreak || in instanceof Inline.HardBreak)) {
                    line[0]++;
                }
                out.add(in);
            }
        }
        return out;
    }

    /** A live link, or its text when its scheme could run code, open local files or is nowhere to go from print. */
    private void link(Inline.Link l, String where, int line, List<Inline> out) {
        String dest = l.destination().strip();
        String scheme = scheme(dest);
        if (LIVE_SCHEMES.contains(scheme)) {
            out.add(l);
            return;
        }
        int[] at = places.find(l.destination(), line);
        String shown = shorten(dest);
        String why;
        if (!scheme.isEmpty()) {
            why = "the link to '" + shown + "' in " + where + " is kept as its text only: links with the scheme '" + scheme
                    + ":' are never made live (only http, https and mailto links are)";
        } else if (dest.startsWith("#")) {
            why = "the link to '" + shown + "' in " + where + " points into the page it came from and is kept as its text only";
        } else {
            why = "the relative link '" + shown + "' in " + where + " is kept as its text only: an exported file cannot follow it; "
                    + "write the full https:// address to keep it live";
        }
        found.add(Diagnostic.warning(file, at == null ? line : at[0], at == null ? 0 : at[1], why));
        if (InlineText.plain(l.children()).isBlank()) {
            out.add(new Inline.Text(shown));
        } else {
            out.addAll(l.children());
        }
    }

    /** The URI scheme, lower case, or empty for a relative or fragment link. */
    static String scheme(String dest) {
        int colon = dest.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        for (int i = 0; i < colon; i++) {
            char c = dest.charAt(i);
            boolean ok = c < 128 && (Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return "";
            }
        }
        return dest.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** An error for the first control character in {@code text}, if any: tab, line feed and carriage return aside. */
    private void controls(String text, String where, int line) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                int[] at = places.find(String.valueOf(c), line);
                error(at == null ? line : at[0], at == null ? 0 : at[1], String.format(Locale.ROOT,
                        "%s has the control character U+%04X (%s), which no output can show; remove it", where, (int) c,
                        Character.getName(c)));
                return;
            }
        }
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    private int line(Object element, int modelLine) {
        return places.line(element, modelLine);
    }

    private void error(int line, int column, String message) {
        found.add(Diagnostic.error(file, line, column, message));
    }

    private static String shorten(String s) {
        return Echo.of(s);
    }
}
