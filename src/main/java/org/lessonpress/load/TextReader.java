package org.lessonpress.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;

/**
 * The {@code text} reader: a list-shaped essay as plain text, as it comes when copied from a web page. The first
 * line is the title (repeated, it is still one title); paragraphs up to the first section heading or numbered item
 * are the intro; a short line without final punctuation followed by a numbered item is a section heading; an item
 * is a paragraph starting {@code 1.}, {@code 1)} or {@code 1 -}, and every paragraph up to the next number is part
 * of it; its first sentence is its lead. After the last item, text that is not indented is the closing, and what
 * looks like the page's footer after it (share, subscribe and comment boxes) is left out with one warning.
 */
public final class TextReader implements Reader {
    static final Outline.Wording WORDING = new Outline.Wording("not part of", "number it as a lesson or move it", "section",
            "'%s' cannot be a heading here");

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "plain-text essay: numbered paragraphs, section headings as short lines, first sentences as leads";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    /** Any text might be a plain-text essay: a low score that every more specific reader outbids. */
    @Override
    public int sniff(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return 0;
            }
        }
        return 10;
    }

    @Override
    public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            String text = SourceText.decode(name, bytes, "a UTF-8 text file");
            if (text.isBlank()) {
                throw BadInputException.at(name, 1, "the file is empty; a plain-text essay has a title line and numbered paragraphs");
            }
            LessonDocument doc = new Essay(name, text, options, diagnostics).read();
            return ModelCheck.apply(Readers.result(name, doc, diagnostics), Places.of(text).withFields(java.util.Map.of("title", 1)));
        } catch (BadInputException e) {
            diagnostics.add(e.diagnostic());
            return Readers.result(name, null, diagnostics);
        }
    }

    /** One reading of one text. */
    private static final class Essay {
        private final String file;
        private final ReadOptions options;
        private final List<Diagnostic> diagnostics;
        private final TextParagraphs paragraphs;
        private final Outline outline;
        /** Plain text says nothing of its language; the default applies. */
        private final String language = "en";

        Essay(String file, String text, ReadOptions options, List<Diagnostic> diagnostics) {
            this.file = file;
            this.options = options;
            this.diagnostics = diagnostics;
            this.paragraphs = new TextParagraphs(text);
            this.outline = new Outline(file, diagnostics, WORDING);
        }

        LessonDocument read() {
            List<TextParagraphs.Paragraph> paras = paragraphs.all();
            TextParagraphs.Paragraph first = paras.get(0);
            String title = first.lines().get(0).strip();
            String author = "";
            int i = 1;
            List<String> afterTitle = first.lines().subList(1, first.lines().size());
            if (!afterTitle.isEmpty() && TextParagraphs.byline(afterTitle.get(0)) != null) {
                author = TextParagraphs.byline(afterTitle.get(0));
                afterTitle = afterTitle.subList(1, afterTitle.size());
            }
            List<TextParagraphs.Paragraph> rest = new ArrayList<>();
            if (!afterTitle.isEmpty()) {
                rest.add(new TextParagraphs.Paragraph(first.line() + first.lines().size() - afterTitle.size(), afterTitle));
            }
            while (i < paras.size() && paras.get(i).lines().size() == 1 && same(paras.get(i).lines().get(0), title)) {
                i++;
            }
            if (author.isEmpty() && i < paras.size() && paras.get(i).lines().size() == 1
                    && TextParagraphs.byline(paras.get(i).lines().get(0)) != null) {
                author = TextParagraphs.byline(paras.get(i).lines().get(0));
                i++;
            }
            rest.addAll(paras.subList(i, paras.size()));
            rest = leaveOutFooter(rest);
            body(rest);
            LessonDocument doc = outline.build(Metadata.titled(title), Path.of(file).getFileName().toString());
            if (doc == null) {
                int line = rest.isEmpty() ? 1 : rest.get(0).line();
                throw BadInputException.at(file, line, "no numbered lessons found; start each lesson's paragraph with its number: "
                        + "'1. First sentence is the lead. More text.'");
            }
            Citation c = Citation.find(doc.closing());
            Metadata m = c == null ? new Metadata(title, "", author, "", "", language, "", List.of())
                    : new Metadata(title, "", author.isEmpty() ? c.author() : author, c.date(), c.source(), language, c.text(), List.of());
            return new LessonDocument(m, doc.intro(), doc.lessons(), doc.sections(), doc.closing(), doc.sourceName());
        }

        private static boolean same(String a, String b) {
            return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
        }

        /** Everything from the first footer line after the last item on, unless --keep-trailing. */
        private List<TextParagraphs.Paragraph> leaveOutFooter(List<TextParagraphs.Paragraph> paras) {
            int lastItem = -1;
            for (int k = 0; k < paras.size(); k++) {
                if (paragraphs.item(paras.get(k)) != null) {
                    lastItem = k;
                }
            }
            if (lastItem < 0 || options.keepTrailing()) {
                return paras;
            }
            for (int k = lastItem + 1; k < paras.size(); k++) {
                List<String> lines = paras.get(k).lines();
                for (int l = 0; l < lines.size(); l++) {
                    if (Boilerplate.isFooterLine(lines.get(l))) {
                        List<TextParagraphs.Paragraph> kept = new ArrayList<>(paras.subList(0, k));
                        if (l > 0) {
                            kept.add(new TextParagraphs.Paragraph(paras.get(k).line(), lines.subList(0, l)));
                        }
                        warnFooter(paras.subList(k, paras.size()), paras.get(k).line() + l, lines.get(l).strip());
                        return kept;
                    }
                }
            }
            return paras;
        }

        private void warnFooter(List<TextParagraphs.Paragraph> dropped, int from, String firstLine) {
            TextParagraphs.Paragraph lastPara = dropped.get(dropped.size() - 1);
            int to = lastPara.line() + lastPara.lines().size() - 1;
            int count = 0;
            for (TextParagraphs.Paragraph p : dropped) {
                for (int l = 0; l < p.lines().size(); l++) {
                    if (p.line() + l >= from) {
                        count++;
                    }
                }
            }
            diagnostics.add(Diagnostic.warning(file, from, 0, "lines " + from + "-" + to + " (" + count + (count == 1 ? " line" : " lines")
                    + " of text, from '" + firstLine + "') look like the web page's footer (share, subscribe and comment boxes) "
                    + "and are left out; use --keep-trailing to keep them"));
        }

        /** Intro, headings, items with their paragraphs, and the closing, fed to the outline in reading order. */
        private void body(List<TextParagraphs.Paragraph> paras) {
            int lastItem = -1;
            for (int k = 0; k < paras.size(); k++) {
                if (paragraphs.item(paras.get(k)) != null) {
                    lastItem = k;
                }
            }
            TextLesson current = null;
            boolean closing = false;
            for (int k = 0; k < paras.size(); k++) {
                TextParagraphs.Paragraph p = paras.get(k);
                TextParagraphs.Item item = closing ? null : paragraphs.item(p);
                if (item != null) {
                    finish(current);
                    current = new TextLesson(item, p, language);
                    continue;
                }
                Integer empty = closing ? null : paragraphs.emptyItem(p);
                if (empty != null) {
                    throw BadInputException.at(file, p.line(), "lesson " + empty + " is empty; write its text after the number or remove it");
                }
                if (!closing && sectionHeading(paras, k)) {
                    finish(current);
                    current = null;
                    String title = p.lines().get(0).strip();
                    outline.heading(1, new Block.Heading(2, List.of(new Inline.Text(title)), p.line()));
                    continue;
                }
                if (!closing && TextParagraphs.isSeparator(p) && k + 1 < paras.size()
                        && (paragraphs.item(paras.get(k + 1)) != null || sectionHeading(paras, k + 1))) {
                    continue; // the heading or lesson after it marks the same break
                }
                if (current != null && k > lastItem && !p.indented() && !TextProse.isQuote(p, language)) {
                    finish(current);
                    current = null;
                    closing = true;
                }
                if (current != null) {
                    current.add(p);
                } else {
                    TextParagraphs.Paragraph next = k + 1 < paras.size() ? paras.get(k + 1) : null;
                    // A short line before more prose is a heading in the closing only: an intro has no headings of its own.
                    boolean heading = k > lastItem && next != null && !TextParagraphs.isSeparator(next);
                    for (Block b : TextProse.blocks(p, language, heading)) {
                        outline.block(b);
                    }
                }
            }
            finish(current);
        }

        /** A short line without final punctuation, followed by a numbered item. */
        private boolean sectionHeading(List<TextParagraphs.Paragraph> paras, int k) {
            return k + 1 < paras.size() && TextParagraphs.isHeadingLine(paras.get(k)) && paragraphs.item(paras.get(k + 1)) != null;
        }

        private void finish(TextLesson lesson) {
            if (lesson != null) {
                outline.lesson(lesson.number(), lesson.lead(), false, lesson.body(), lesson.line());
            }
        }
    }
}
