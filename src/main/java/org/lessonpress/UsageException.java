package org.lessonpress;

/** The command line is wrong (unknown format, bad option value). The CLI prints the message and exits with code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
