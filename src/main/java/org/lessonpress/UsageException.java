package org.lessonpress;

/**
 * The command line is wrong (unknown format, bad option value). The CLI prints the message and exits with code 2.
 * A problem inside a file an option names ({@code --reference-docx ref.docx}) is one line about that file:
 * {@code ref.docx: error: not a Word document (...)}.
 */
public class UsageException extends RuntimeException {
    private final String file;

    public UsageException(String message) {
        super(message);
        this.file = null;
    }

    private UsageException(String file, String message) {
        super(file + ": error: " + message);
        this.file = file;
    }

    /** A usage error about the content of a file the user named on the command line. */
    public static UsageException inFile(String file, String message) {
        return new UsageException(file, message);
    }

    /** The file the message is about, or null for a plain usage error. */
    public String file() {
        return file;
    }
}
