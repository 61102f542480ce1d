package org.lessonpress.export.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lessonpress.Diagnostic;

/**
 * Folds repeated warnings of one kind in one file into one line with a count, so that a file without bold leads
 * gives one warning instead of one per lesson. Two warnings are of one kind when their messages differ only in
 * numbers and quoted text ("lesson 3 has no bold lead…" and "lesson 4 has no bold lead…"). Errors are never folded;
 * {@code lessonpress check} and the reports keep every warning.
 */
final class WarningFolding {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|“[^”]*”");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int LINES_SHOWN = 5;

    /** A warning or error as printed, with the warnings of its kind folded into it. */
    record Line(Diagnostic first, List<Diagnostic> more) {
        String text() {
            return first.format() + suffix();
        }

        /** What follows the first message: the count and lines of the others, or nothing. */
        String suffix() {
            if (more.isEmpty()) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : more.subList(0, Math.min(LINES_SHOWN, more.size()))) {
                lines.add(Integer.toString(d.line()));
            }
            String where = more.stream().allMatch(d -> d.line() > 0)
                    ? " (line" + (more.size() == 1 ? " " : "s ") + String.join(", ", lines) + (more.size() > LINES_SHOWN ? ", …" : "") + ")"
                    : "";
            return " [and " + more.size() + " more like it" + where + "; 'lessonpress check "
                    + first.file() + "' lists each]";
        }
    }

    private WarningFolding() {
    }

    /** The lines to print for {@code diagnostics}, exact repeats dropped, warnings of a kind folded at the first. */
    static List<Line> fold(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : Distinct.of(diagnostics)) {
            String key = d.isError() ? "error\0" + groups.size() : d.file() + "\0" + kind(d.message());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Line> out = new ArrayList<>();
        for (List<Diagnostic> g : groups.values()) {
            out.add(new Line(g.get(0), List.copyOf(g.subList(1, g.size()))));
        }
        return out;
    }

    static String kind(String message) {
        return NUMBER.matcher(QUOTED.matcher(message).replaceAll("'…'")).replaceAll("#");
    }
}
