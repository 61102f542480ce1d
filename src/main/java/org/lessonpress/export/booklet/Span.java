package org.lessonpress.export.booklet;

/** Text in one style, before line breaking. A {@code "\n"} span is a forced line break. */
record Span(String text, TextStyle style) {
    static final String HARD_BREAK = "\n";

    boolean isHardBreak() {
        return HARD_BREAK.equals(text);
    }
}
