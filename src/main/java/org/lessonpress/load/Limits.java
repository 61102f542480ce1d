package org.lessonpress.load;

/**
 * Every size limit an input is held to, in one place (the README's table of rules lists them). They are far above
 * what any real essay needs and low enough that every exporter sets what passes quickly and in bounded memory;
 * over a limit is an error at the line where the text starts, so a rejection is fast and names the right place.
 * Lengths are in characters (UTF-16 units of the plain text, markup left out).
 */
public final class Limits {
    /** The largest input file read, unless {@code --max-input-size} says otherwise. */
    public static final long INPUT_BYTES = 10L * 1024 * 1024;
    /** The front matter's {@code title}; a title runs to a few lines on a cover at most. */
    public static final int TITLE = 300;
    /** The front matter's {@code subtitle}. */
    public static final int SUBTITLE = 300;
    /** Any other front-matter value (author, date, source, citation, each keyword). */
    public static final int FIELD = 2_000;
    /** A section or sub-section heading. */
    public static final int SECTION_TITLE = 200;
    /** A lesson's lead: one sentence, set large on posters, cards and slides. */
    public static final int LEAD = 600;
    /** A whole lesson, lead and body: about three pages of a booklet. */
    public static final int LESSON = 20_000;
    /** Lessons in one file: 200,000 made exporters run out of memory under {@code -Xmx1g}. */
    public static final int LESSONS = 5_000;
    /** Lists and quotes nested inside each other. */
    public static final int BLOCK_DEPTH = 32;
    /** Emphasis, strong and links nested inside each other. */
    public static final int INLINE_DEPTH = 40;

    private Limits() {
    }
}
