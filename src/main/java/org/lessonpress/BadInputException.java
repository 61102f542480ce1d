package org.lessonpress;

/**
 * The input (lesson file, theme, option value) cannot be turned into output. The message is one line
 * that names the place and the fix; the CLI prints it and exits with code 1.
 */
public class BadInputException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public BadInputException(Diagnostic diagnostic) {
        super(diagnostic.format());
        this.diagnostic = diagnostic;
    }

    public BadInputException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.format(), cause);
        this.diagnostic = diagnostic;
    }

    public static BadInputException at(String file, int line, String message) {
        return new BadInputException(Diagnostic.error(file, line, 0, message));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
