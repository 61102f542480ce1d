package org.lessonpress.export.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lessonpress.Diagnostic;

/**
 * The counts of a run, for its last line and the reports.
 *
 * @param written  files written
 * @param upToDate files that were already up to date
 * @param failed   products (format × input) that produced nothing
 */
public record RunSummary(int inputs, int written, int upToDate, int failed, int warnings, int errors, double seconds) {

    static RunSummary of(List<InputResult> results, double seconds) {
        int written = 0;
        int upToDate = 0;
        int failed = 0;
        Set<String> warnings = new HashSet<>();
        Set<String> errors = new HashSet<>();
        for (InputResult r : results) {
            for (Diagnostic d : r.loading()) {
                (d.isError() ? errors : warnings).add(d.format());
            }
            for (ProductResult p : r.products()) {
                switch (p.status()) {
                    case WRITTEN -> written += p.files().size();
                    case UP_TO_DATE -> upToDate += p.files().size();
                    default -> failed++;
                }
                for (Diagnostic d : p.diagnostics()) {
                    (d.isError() ? errors : warnings).add(d.format());
                }
            }
        }
        return new RunSummary(results.size(), written, upToDate, failed, warnings.size(), errors.size(), seconds);
    }

    /** {@code 40 inputs, 200 files written, 0 up to date, 19 warnings, 0 errors, 3.4 s}. */
    String line(Shard shard) {
        return "lessonpress: " + (shard == null ? "" : "shard " + shard + ": ") + plural(inputs, "input") + ", "
                + plural(written, "file") + " written, " + upToDate + " up to date, " + plural(warnings, "warning") + ", "
                + plural(errors, "error") + ", " + String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
