package org.lessonpress.export.pipeline;

import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;

/**
 * A mistake in a project file: a usage error (exit 2), since the file stands in for the command line, printed as
 * {@code lessonpress.yml:LINE: error: ...} like any other file's.
 */
public final class ProjectException extends UsageException {
    private final transient Diagnostic diagnostic;

    ProjectException(Diagnostic diagnostic) {
        super(diagnostic.format());
        this.diagnostic = diagnostic;
    }

    static ProjectException at(String file, int line, String message) {
        return new ProjectException(Diagnostic.error(file, line, 0, message));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
