package org.lessonpress;

/**
 * One message about an input: {@code file:line:col: error|warning: message}. Line and column are 1-based;
 * 0 means unknown and is left out of the printed form.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form printed by the CLI. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
