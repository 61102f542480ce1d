package org.lessonpress.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The json exporter's shape ({@code lessonpress/1}, see the README) read back into the model, field for field, so
 * that model → JSON → model is the identity. A missing or mistyped field is an error at its line and column; an
 * unknown key, or a derived field ({@code leadText}, {@code lessonCount}...) that disagrees with what it derives
 * from, is a warning, and the model follows the field it derives from.
 */
final class JsonModel {
    static final String FORMAT = "lessonpress/1";

    private final String file;
    private final List<Diagnostic> diagnostics;
    /** The JSON line of each model element, for the model checks' messages. */
    final IdentityHashMap<Object, Integer> lines = new IdentityHashMap<>();
    /** The JSON line of each metadata field. */
    final Map<String, Integer> fieldLines = new java.util.HashMap<>();

    JsonModel(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    LessonDocument document(JsonTree.Value root) {
        JsonTree.Obj o = obj(root, "a lessonpress JSON export");
        JsonTree.Value format = o.fields().get("format");
        if (!(format instanceof JsonTree.Str s) || !s.text().equals(FORMAT)) {
            throw error(format == null ? o : format, "not a lessonpress JSON export: 'format' must be \"" + FORMAT
                    + "\" (what 'lessonpress export -f json' writes)");
        }
        known(o, "the export", Set.of("format", "source", "metadata", "lessonCount", "intro", "lessons", "sections", "closing"));
        Metadata m = metadata(obj(required(o, "metadata"), "'metadata'"));
        List<Block> intro = blocks(o, "intro", 0);
        List<Lesson> lessons = lessons(o);
        List<Section> sections = new ArrayList<>();
        for (JsonTree.Value v : array(o, "sections")) {
            sections.add(section(obj(v, "a section")));
        }
        LessonDocument doc = new LessonDocument(m, intro, lessons, sections, blocks(o, "closing", 0), string(o, "source"));
        if (doc.allLessons().isEmpty()) {
            throw error(o, "the export has no lessons; a lesson file has at least one");
        }
        JsonTree.Value count = o.fields().get("lessonCount");
        if (count != null && integer(count, "'lessonCount'") != doc.allLessons().size()) {
            warn(count, "'lessonCount' says " + integer(count, "'lessonCount'") + " but there are " + doc.allLessons().size()
                    + " lessons; the lessons are read as they are");
        }
        return doc;
    }

    private Metadata metadata(JsonTree.Obj o) {
        known(o, "'metadata'", Set.copyOf(FrontMatter.KEYS));
        for (Map.Entry<String, JsonTree.Value> e : o.fields().entrySet()) {
            fieldLines.put(e.getKey(), e.getValue().line());
        }
        String title = string(o, "title");
        if (title.isBlank()) {
            throw error(o.fields().getOrDefault("title", o), "the metadata has no 'title'; give the document one");
        }
        String language = string(o, "language");
        if (!language.isEmpty()) {
            FrontMatter.checkLanguage(file, o.fields().get("language").line(), language);
        }
        List<String> keywords = new ArrayList<>();
        for (JsonTree.Value k : array(o, "keywords")) {
            keywords.add(str(k, "a keyword"));
        }
        return new Metadata(title, string(o, "subtitle"), string(o, "author"), string(o, "date"), string(o, "source"),
                language, string(o, "citation"), keywords);
    }

    private Section section(JsonTree.Obj o) {
        known(o, "a section", Set.of("id", "level", "line", "titleText", "title", "preamble", "lessons", "subsections"));
        List<Inline> title = inlines(o, "title", 0);
        List<Section> subsections = new ArrayList<>();
        for (JsonTree.Value v : array(o, "subsections")) {
            subsections.add(section(obj(v, "a sub-section")));
        }
        Section s = new Section(str(required(o, "id"), "'id'"), integer(required(o, "level"), "'level'"), title,
                blocks(o, "preamble", 0), lessons(o), subsections, line(o));
        derived(o, "titleText", s.titleText(), "the title");
        lines.put(s, o.line());
        return s;
    }

    private List<Lesson> lessons(JsonTree.Obj parent) {
        List<Lesson> out = new ArrayList<>();
        for (JsonTree.Value v : array(parent, "lessons")) {
            JsonTree.Obj o = obj(v, "a lesson");
            known(o, "a lesson", Set.of("number", "id", "line", "leadText", "leadInferred", "lead", "body"));
            JsonTree.Value inferred = o.fields().get("leadInferred");
            Lesson l = new Lesson(integer(required(o, "number"), "'number'"), inlines(o, "lead", 0), blocks(o, "body", 0),
                    inferred != null && bool(inferred, "'leadInferred'"), line(o));
            derived(o, "leadText", l.leadText(), "the lead");
            derived(o, "id", l.id(), "the number");
            lines.put(l, o.line());
            out.add(l);
        }
        return out;
    }

    private List<Block> blocks(JsonTree.Obj parent, String key, int depth) {
        List<Block> out = new ArrayList<>();
        for (JsonTree.Value v : array(parent, key)) {
            out.add(block(obj(v, "a block"), depth));
        }
        return out;
    }

    private Block block(JsonTree.Obj o, int depth) {
        if (depth > Limits.BLOCK_DEPTH) {
            throw error(o, "lists or quotes are nested more than " + Limits.BLOCK_DEPTH + " levels deep; flatten them");
        }
        String type = str(required(o, "type"), "'type'");
        int line = line(o);
        Block b = switch (type) {
            case "paragraph" -> new Block.Paragraph(inlines(o, "content", 0), line);
            case "quote" -> new Block.Quote(blocks(o, "content", depth + 1), inlines(o, "attribution", 0), line);
            case "code" -> new Block.CodeBlock(string(o, "language"), str(required(o, "code"), "'code'"), line);
            case "list" -> {
                List<List<Block>> items = new ArrayList<>();
                for (JsonTree.Value item : array(o, "items")) {
                    List<Block> blocks = new ArrayList<>();
                    for (JsonTree.Value b2 : arr(item, "a list item").items()) {
                        blocks.add(block(obj(b2, "a block"), depth + 1));
                    }
                    items.add(blocks);
                }
                JsonTree.Value start = o.fields().get("start");
                yield new Block.ListBlock(bool(required(o, "ordered"), "'ordered'"), start == null ? 1 : integer(start, "'start'"), items, line);
            }
            case "heading" -> new Block.Heading(integer(required(o, "level"), "'level'"), inlines(o, "content", 0), line);
            case "rule" -> new Block.Rule(line);
            default -> throw error(o.fields().get("type"), "unknown block type '" + type + "'; a block is a paragraph, quote, code, "
                    + "list, heading or rule");
        };
        lines.put(b, o.line());
        return b;
    }

    private List<Inline> inlines(JsonTree.Obj parent, String key, int depth) {
        List<Inline> out = new ArrayList<>();
        for (JsonTree.Value v : array(parent, key)) {
            out.add(inline(obj(v, "an inline"), depth));
        }
        return out;
    }

    private Inline inline(JsonTree.Obj o, int depth) {
        if (depth > Limits.INLINE_DEPTH) {
            throw error(o, "inline markup is nested more than " + Limits.INLINE_DEPTH + " levels deep; simplify it");
        }
        String type = str(required(o, "type"), "'type'");
        return switch (type) {
            case "text" -> new Inline.Text(str(required(o, "text"), "'text'"));
            case "code" -> new Inline.Code(str(required(o, "text"), "'text'"));
            case "emphasis" -> new Inline.Emphasis(inlines(o, "children", depth + 1));
            case "strong" -> new Inline.Strong(inlines(o, "children", depth + 1));
            case "link" -> {
                Inline.Link l = new Inline.Link(str(required(o, "href"), "'href'"), string(o, "title"), inlines(o, "children", depth + 1));
                derived(o, "text", InlineText.plain(l.children()), "the children");
                yield l;
            }
            case "softbreak" -> new Inline.SoftBreak();
            case "hardbreak" -> new Inline.HardBreak();
            default -> throw error(o.fields().get("type"), "unknown inline type '" + type + "'; an inline is text, emphasis, strong, "
                    + "code, link, softbreak or hardbreak");
        };
    }

    /** A field the exporter derives from another: a disagreement means a hand edit the model will not follow. */
    private void derived(JsonTree.Obj o, String key, String actual, String from) {
        JsonTree.Value v = o.fields().get(key);
        if (v != null && !str(v, "'" + key + "'").equals(actual)) {
            warn(v, "'" + key + "' does not match " + from + "; it is derived from " + from + ", which is what is read");
        }
    }

    private void known(JsonTree.Obj o, String what, Set<String> keys) {
        for (Map.Entry<String, JsonTree.Value> e : o.fields().entrySet()) {
            if (!keys.contains(e.getKey())) {
                warn(e.getValue(), "unknown key '" + e.getKey() + "' in " + what + " is ignored");
            }
        }
    }

    private int line(JsonTree.Obj o) {
        JsonTree.Value v = o.fields().get("line");
        return v == null ? 0 : integer(v, "'line'");
    }

    private JsonTree.Value required(JsonTree.Obj o, String key) {
        JsonTree.Value v = o.fields().get(key);
        if (v == null) {
            throw error(o, "this object has no '" + key + "'; add it");
        }
        return v;
    }

    /** An optional text field: empty when absent. */
    private String string(JsonTree.Obj o, String key) {
        JsonTree.Value v = o.fields().get(key);
        return v == null ? "" : str(v, "'" + key + "'");
    }

    private List<JsonTree.Value> array(JsonTree.Obj o, String key) {
        JsonTree.Value v = o.fields().get(key);
        return v == null ? List.of() : arr(v, "'" + key + "'").items();
    }

    private JsonTree.Obj obj(JsonTree.Value v, String what) {
        if (v instanceof JsonTree.Obj o) {
            return o;
        }
        throw error(v, what + " must be a JSON object");
    }

    private JsonTree.Arr arr(JsonTree.Value v, String what) {
        if (v instanceof JsonTree.Arr a) {
            return a;
        }
        throw error(v, what + " must be a JSON list");
    }

    private String str(JsonTree.Value v, String what) {
        if (v instanceof JsonTree.Str s) {
            return s.text();
        }
        throw error(v, what + " must be a string");
    }

    private boolean bool(JsonTree.Value v, String what) {
        if (v instanceof JsonTree.Bool b) {
            return b.value();
        }
        throw error(v, what + " must be true or false");
    }

    private int integer(JsonTree.Value v, String what) {
        if (v instanceof JsonTree.Num n && n.integral() && n.text().length() <= 10) {
            long x = Long.parseLong(n.text());
            if (x >= 0 && x <= Integer.MAX_VALUE) {
                return (int) x;
            }
        }
        throw error(v, what + " must be a whole number from 0 to " + Integer.MAX_VALUE);
    }

    private void warn(JsonTree.Value at, String message) {
        diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }

    private BadInputException error(JsonTree.Value at, String message) {
        return new BadInputException(Diagnostic.error(file, at.line(), at.column(), message));
    }
}
