package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An output file could not be written. It names the file the user asked for (never the hidden staging file) and
 * the reason in words: permission denied, not a directory, disk full.
 */
public final class OutputException extends IOException {
    private final String target;
    private final String reason;

    OutputException(String target, String reason, Throwable cause) {
        super(target + ": cannot write: " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    /** The file the user would have got, as printed. */
    public String target() {
        return target;
    }

    public String reason() {
        return reason;
    }

    static OutputException of(String target, IOException e) {
        return e instanceof OutputException o ? o : new OutputException(target, reason(e), e);
    }

    /** The cause of a failed write in the words a user searches for, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "'" + f.getFile() + "' is a file where a folder is needed";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "disk full";
        }
        if (lower.contains("quota")) {
            return "disk quota exceeded";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (lower.contains("not a directory")) {
            return "not a directory";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("file name too long")) {
            return "file name too long";
        }
        return text;
    }
}
