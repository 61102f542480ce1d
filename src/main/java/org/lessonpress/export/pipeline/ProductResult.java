package org.lessonpress.export.pipeline;

import java.util.List;
import org.lessonpress.Diagnostic;

/**
 * How one product (one format of one input) came out: the files it consists of, how long it took, and every
 * diagnostic that concerns it (the input's own, the format's warnings, the failure).
 *
 * @param main    the main file's path as printed, also when nothing was written
 * @param failure why nothing was written for it, or null
 */
public record ProductResult(InputFile input, String format, String main, Status status, List<FileResult> files,
                            long millis, List<Diagnostic> diagnostics, Failure failure) {

    public enum Status {
        WRITTEN("written"), UP_TO_DATE("up-to-date"), FAILED("failed");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** As the JSON report writes it. */
        public String word() {
            return word;
        }
    }

    /**
     * One file of a product.
     *
     * @param companion the companion's qualifier ({@code imposed}), or null for the main file
     * @param pages     null for formats without pages
     */
    public record FileResult(String shown, String companion, long bytes, Integer pages, String sha256) {
    }

    public ProductResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
