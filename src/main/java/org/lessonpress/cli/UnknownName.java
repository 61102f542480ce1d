package org.lessonpress.cli;

import java.util.Collection;
import org.lessonpress.NearestName;
import org.lessonpress.UsageException;

/**
 * A command, format or theme name that is none of the known ones. The message is the whole answer in one line: the
 * name most likely meant, or else what there is to choose from; so the CLI prints it without the usual "Try --help".
 */
final class UnknownName extends UsageException {
    /**
     * @param what      what kind of name: "command", "format", "theme"
     * @param given     the name as typed
     * @param known     the valid names, in the order to list them
     * @param otherwise what to say when no known name is near: the choices
     */
    UnknownName(String what, String given, Collection<String> known, String otherwise) {
        super("unknown " + what + " '" + given + "'; "
                + NearestName.to(given, known).map(n -> "did you mean '" + n + "'?").orElse(otherwise));
    }
}
