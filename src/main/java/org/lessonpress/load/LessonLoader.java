package org.lessonpress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Reads a lesson file. Text before the first section or lesson is the intro; {@code ##} headings open sections and
 * {@code ###} sub-sections; ordered-list items are lessons, numbered as written; what follows the last lesson is the
 * closing. Every problem becomes a diagnostic with file and line; any error means no document.
 */
public final class LessonLoader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** What loading gave: the document (null when there were errors) and every diagnostic, in line order. */
    public record Result(String file, LessonDocument document, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return document != null;
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    private final long maxBytes;

    public LessonLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public LessonLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Result load(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            return failed(name, Diagnostic.error(name, 0, 0, "is a directory; give the lesson files in it (e.g. " + path + "/*.md)"));
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return failed(name, Diagnostic.error(name, 1, 0, tooBig(size)));
            }
            return load(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return failed(name, Diagnostic.error(name, 0, 0, "no such file; check the path"));
        } catch (IOException e) {
            return failed(name, Diagnostic.error(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    public Result load(String name, byte[] bytes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            if (bytes.length > maxBytes) {
                throw BadInputException.at(name, 1, tooBig(bytes.length));
            }
            String text = SourceText.decode(name, bytes);
            if (text.isBlank()) {
                throw BadInputException.at(name, 1, "the file is empty; a lesson file has front matter ('---', 'title: ...', '---') and numbered lessons");
            }
            FrontMatter.Split split = FrontMatter.split(name, text, diagnostics);
            LessonDocument doc = new Builder(name, split, diagnostics).build();
            diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
            boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
            return new Result(name, errors ? null : doc, diagnostics);
        } catch (BadInputException e) {
            diagnostics.add(e.diagnostic());
            diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
            return new Result(name, null, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.error(name, 1, 0, "the Markdown is nested too deeply to read; flatten the lists or quotes"));
            return new Result(name, null, diagnostics);
        }
    }

    private String tooBig(long size) {
        return "the file is " + human(size) + ", over the " + human(maxBytes) + " limit; raise it with --max-input-size";
    }

    /** 900 B, 12.5 KB, 2.1 MB: one decimal, so a file just over the limit never reads as equal to it. */
    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static Result failed(String name, Diagnostic d) {
        return new Result(name, null, List.of(d));
    }

    /** The walk over the top-level Markdown blocks; mutable drafts become immutable records at the end. */
    private static final class Builder {
        private final String file;
        private final Metadata metadata;
        private final String body;
        private final int bodyStartLine;
        private final Lines lines;
        private final BlockConverter blocks;

        private final List<Block> intro = new ArrayList<>();
        private final List<LessonDraft> topLessons = new ArrayList<>();
        private final List<SectionDraft> roots = new ArrayList<>();
        private final Deque<SectionDraft> stack = new ArrayDeque<>();
        private final List<Node> tail = new ArrayList<>();
        private final Map<Integer, Integer> numberLines = new HashMap<>();
        private final Set<String> slugs = new HashSet<>();
        private LessonDraft last;
        private boolean seenAnything;

        Builder(String file, FrontMatter.Split split, List<Diagnostic> diagnostics) {
            this.file = file;
            this.metadata = split.metadata();
            this.body = split.body();
            this.bodyStartLine = split.bodyStartLine();
            this.lines = new Lines(file, diagnostics);
            this.blocks = new BlockConverter(lines);
        }

        LessonDocument build() {
            Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
            Document md = (Document) parser.parse(body);
            for (Node n = md.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof OrderedList list) {
                    resolveTail();
                    lessons(list);
                } else if (last != null) {
                    tail.add(n);
                } else {
                    place(n);
                }
            }
            if (last == null) {
                throw BadInputException.at(file, bodyStartLine, "no lessons found; write them as a numbered list: '1. **Lead.** Body'");
            }
            List<Block> closing = new ArrayList<>();
            for (Node n : tail) {
                Block b = blocks.convert(n, 0);
                if (b != null) {
                    closing.add(b);
                }
            }
            List<Section> sections = roots.stream().map(this::section).toList();
            for (Section s : sections) {
                warnEmpty(s);
            }
            return new LessonDocument(metadata, intro, topLessons.stream().map(LessonDraft::build).toList(), sections,
                    closing, Path.of(file).getFileName().toString());
        }

        /** A block before the first lesson, or a heading/block between lessons once the tail is resolved. */
        private void place(Node n) {
            if (n instanceof Heading h) {
                heading(h);
                return;
            }
            Block b = blocks.convert(n, 0);
            if (b == null) {
                return;
            }
            seenAnything = true;
            if (stack.isEmpty()) {
                intro.add(b);
            } else {
                stack.peek().preamble.add(b);
            }
        }

        /** Blocks between two lesson lists: text before the next heading belongs to the previous lesson. */
        private void resolveTail() {
            boolean warned = false;
            boolean afterHeading = false;
            for (Node n : tail) {
                if (n instanceof Heading) {
                    afterHeading = true;
                }
                if (afterHeading) {
                    place(n);
                    continue;
                }
                Block b = blocks.convert(n, 0);
                if (b == null) {
                    continue;
                }
                if (!warned) {
                    lines.warn(n, "this text between lessons " + last.number + " and the next is not indented under lesson "
                            + last.number + "; it is kept as part of it (indent it by 3 spaces to say so)");
                    warned = true;
                }
                last.body.add(b);
            }
            tail.clear();
        }

        private void heading(Heading h) {
            int line = lines.line(h);
            String title = InlineText.plain(blocks.inlines().children(h, 0)).strip();
            if (h.getLevel() == 1) {
                if (!seenAnything && last == null && roots.isEmpty()) {
                    if (!title.equalsIgnoreCase(metadata.title())) {
                        lines.warn(line, "the '#' heading '" + title + "' is left out: the title comes from the front matter; use '##' for sections");
                    }
                    seenAnything = true;
                    return;
                }
                throw BadInputException.at(file, line, "'# " + title + "' is a title heading; use '##' for sections and '###' for sub-sections");
            }
            seenAnything = true;
            int level = h.getLevel() - 1;
            while (!stack.isEmpty() && stack.peek().level >= level) {
                stack.pop();
            }
            if (stack.isEmpty() && level > 1) {
                throw BadInputException.at(file, line, "the sub-section '" + title + "' has no '##' section above it; add one or make it '##'");
            }
            if (title.isEmpty()) {
                throw BadInputException.at(file, line, "this heading is empty; give the section a name");
            }
            SectionDraft s = new SectionDraft(slug(title), level, blocks.inlines().children(h, 0), line);
            if (stack.isEmpty()) {
                roots.add(s);
            } else {
                stack.peek().subsections.add(s);
            }
            stack.push(s);
        }

        private void lessons(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            int number = start == null ? 1 : start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
                if (!(item instanceof ListItem li)) {
                    continue;
                }
                int line = lines.line(li);
                checkNumber(number, line);
                LessonDraft d = lesson(li, number, line);
                if (stack.isEmpty()) {
                    topLessons.add(d);
                } else {
                    stack.peek().lessons.add(d);
                }
                last = d;
                seenAnything = true;
            }
        }

        private void checkNumber(int number, int line) {
            Integer previous = numberLines.putIfAbsent(number, line);
            if (previous != null) {
                lines.error(line, "lesson number " + number + " repeats the one at line " + previous
                        + "; numbers run on across lists and sections, so renumber from here");
            } else if (last != null && number != last.number + 1) {
                lines.error(line, "lesson number " + number + " follows " + last.number + "; expected " + (last.number + 1)
                        + " (numbers run on across lists and sections)");
            }
        }

        private LessonDraft lesson(ListItem item, int number, int line) {
            LessonDraft d = new LessonDraft(number, line);
            Node first = item.getFirstChild();
            if (first == null) {
                throw BadInputException.at(file, line, "lesson " + number + " is empty; write '" + number + ". **Lead.** Body' or remove it");
            }
            Node rest = first;
            if (first instanceof org.commonmark.node.Paragraph) {
                List<Inline> content = trimLeading(blocks.inlines().children(first, 0));
                LeadSplitter.Split split = LeadSplitter.split(content);
                if (split.lead().isEmpty() || InlineText.plain(split.lead()).isBlank()) {
                    throw BadInputException.at(file, line, "lesson " + number + " is empty; write '" + number + ". **Lead.** Body' or remove it");
                }
                d.lead = split.lead();
                d.inferred = split.inferred();
                if (split.inferred()) {
                    lines.warn(line, "lesson " + number + " has no bold lead; its first sentence is used. Write '" + number
                            + ". **Lead.** Body' to choose it");
                }
                if (!split.rest().isEmpty()) {
                    d.body.add(new Block.Paragraph(split.rest(), lines.line(first)));
                }
                rest = first.getNext();
            } else {
                throw BadInputException.at(file, line, "lesson " + number + " starts with a " + kind(first)
                        + "; start it with its lead: '" + number + ". **Lead.** Body'");
            }
            for (Node n = rest; n != null; n = n.getNext()) {
                Block b = blocks.convert(n, 1);
                if (b != null) {
                    d.body.add(b);
                }
            }
            return d;
        }

        private static String kind(Node n) {
            return n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }

        private static List<Inline> trimLeading(List<Inline> in) {
            List<Inline> out = new ArrayList<>(in);
            while (!out.isEmpty()) {
                Inline f = out.get(0);
                if (f instanceof Inline.SoftBreak || f instanceof Inline.HardBreak) {
                    out.remove(0);
                } else if (f instanceof Inline.Text t && t.text().isBlank()) {
                    out.remove(0);
                } else {
                    break;
                }
            }
            return out;
        }

        private String slug(String title) {
            String base = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
            if (base.isEmpty()) {
                base = "section";
            }
            String s = base;
            for (int i = 2; !slugs.add(s); i++) {
                s = base + "-" + i;
            }
            return s;
        }

        private Section section(SectionDraft d) {
            return new Section(d.id, d.level, d.title, d.preamble, d.lessons.stream().map(LessonDraft::build).toList(),
                    d.subsections.stream().map(this::section).toList(), d.line);
        }

        private void warnEmpty(Section s) {
            if (s.lessonCount() == 0) {
                lines.warn(s.line(), "section '" + s.titleText() + "' has no lessons");
            }
            s.subsections().forEach(this::warnEmpty);
        }
    }

    private static final class LessonDraft {
        final int number;
        final int line;
        List<Inline> lead = List.of();
        boolean inferred;
        final List<Block> body = new ArrayList<>();

        LessonDraft(int number, int line) {
            this.number = number;
            this.line = line;
        }

        Lesson build() {
            return new Lesson(number, lead, body, inferred, line);
        }
    }

    private static final class SectionDraft {
        final String id;
        final int level;
        final List<Inline> title;
        final int line;
        final List<Block> preamble = new ArrayList<>();
        final List<LessonDraft> lessons = new ArrayList<>();
        final List<SectionDraft> subsections = new ArrayList<>();

        SectionDraft(String id, int level, List<Inline> title, int line) {
            this.id = id;
            this.level = level;
            this.title = title;
            this.line = line;
        }
    }
}
