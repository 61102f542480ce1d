package org.lessonpress.load;

/**
 * Text of the input shown inside a message: on one line, with no control character that could move a terminal's
 * cursor or colour its output, and short. Every message stays one line whatever the input holds.
 */
final class Echo {
    /** How much of an echoed value a message shows. */
    static final int SHOWN = 60;

    private Echo() {
    }

    /** {@code s} on one line, control characters shown as U+FFFD, cut to {@link #SHOWN} characters with an ellipsis. */
    static String of(String s) {
        String line = line(s);
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 3) + "…";
    }

    /** {@code s} on one line, control characters shown as U+FFFD, at any length (for whole messages). */
    static String line(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            b.append(ModelCheck.isControl(c) ? '\uFFFD' : c);
            space = false;
        }
        return b.toString();
    }
}
