package org.lessonpress.export.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lessonpress.Diagnostic;

/**
 * Diagnostics without repeats (a load warning shared by every format of an input), told apart by their printed
 * line. The line says everything a diagnostic holds, and hashing strings keeps a short run from bootstrapping the
 * record's generated equals and hashCode.
 */
final class Distinct {
    private Distinct() {
    }

    static List<Diagnostic> of(Collection<Diagnostic> diagnostics) {
        Set<String> seen = new HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (seen.add(d.format())) {
                out.add(d);
            }
        }
        return out;
    }
}
