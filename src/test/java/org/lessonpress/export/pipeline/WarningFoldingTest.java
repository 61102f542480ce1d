package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.Diagnostic;

class WarningFoldingTest {
    @Test
    void warningsOfOneKindInOneFileFoldIntoOneLineWithACountErrorsNever() {
        List<Diagnostic> ds = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            ds.add(Diagnostic.warning("plain.md", 3 + 2 * i, 0, "lesson " + i + " has no bold lead; its first sentence is used. Write '"
                    + i + ". **Lead.** Body' to choose it"));
        }
        ds.add(Diagnostic.warning("plain.md", 50, 0, "raw HTML is not interpreted; '<b>' is kept as text"));
        ds.add(Diagnostic.warning("other.md", 7, 0, "lesson 1 has no bold lead; its first sentence is used. Write '1. **Lead.** Body' to choose it"));
        ds.add(Diagnostic.error("plain.md", 60, 0, "lesson 20 is empty"));
        ds.add(Diagnostic.error("plain.md", 61, 0, "lesson 21 is empty"));
        List<String> lines = WarningFolding.fold(ds).stream().map(WarningFolding.Line::text).toList();
        assertThat(lines).containsExactly(
                "plain.md:5: warning: lesson 1 has no bold lead; its first sentence is used. Write '1. **Lead.** Body' to choose it"
                        + " [and 18 more like it (lines 7, 9, 11, 13, 15, …); 'lessonpress check plain.md' lists each]",
                "plain.md:50: warning: raw HTML is not interpreted; '<b>' is kept as text",
                "other.md:7: warning: lesson 1 has no bold lead; its first sentence is used. Write '1. **Lead.** Body' to choose it",
                "plain.md:60: error: lesson 20 is empty",
                "plain.md:61: error: lesson 21 is empty");
    }

    @Test
    void anExactRepeatIsPrintedOnce() {
        Diagnostic d = Diagnostic.warning("a.md", 3, 0, "no font in the serif chain has 'x'; drawn as \uFFFD");
        assertThat(WarningFolding.fold(List.of(d, d))).singleElement().extracting(WarningFolding.Line::text).isEqualTo(d.format());
    }
}
