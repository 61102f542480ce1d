package org.lessonpress.export.pipeline;

import java.util.List;
import org.lessonpress.Diagnostic;

/**
 * How one input came out: its products in the order the formats were asked for.
 *
 * @param loading   the diagnostics of reading and loading it
 * @param discarded formats that succeeded but were not kept because another format of the input failed
 */
public record InputResult(InputFile input, List<Diagnostic> loading, List<ProductResult> products, List<String> discarded) {
    public InputResult {
        loading = List.copyOf(loading);
        products = List.copyOf(products);
        discarded = List.copyOf(discarded);
    }

    /** The worst failure of the input, or null when it succeeded. */
    public Failure.Kind worst() {
        Failure.Kind k = null;
        for (ProductResult p : products) {
            if (p.failure() != null) {
                k = Failure.Kind.worst(k, p.failure().kind());
            }
        }
        return k;
    }
}
