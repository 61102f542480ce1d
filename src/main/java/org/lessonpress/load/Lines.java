package org.lessonpress.load;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.lessonpress.Diagnostic;

/** Source positions of commonmark nodes, and the diagnostics list they go into. */
final class Lines {
    private final String file;
    private final List<Diagnostic> diagnostics;

    Lines(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    String file() {
        return file;
    }

    int line(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            List<SourceSpan> spans = x.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    int column(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    void warn(Node n, String message) {
        diagnostics.add(Diagnostic.warning(file, line(n), column(n), message));
    }

    void warn(int line, String message) {
        diagnostics.add(Diagnostic.warning(file, line, 0, message));
    }

    void error(int line, String message) {
        diagnostics.add(Diagnostic.error(file, line, 0, message));
    }
}
