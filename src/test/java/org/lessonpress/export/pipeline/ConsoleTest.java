package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.Diagnostic;

class ConsoleTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Console console(boolean quiet, boolean annotations, Console.Progress progress) {
        return new Console(new PrintWriter(out), new PrintWriter(err), quiet, annotations, progress, false);
    }

    private static InputResult result() {
        InputFile in = new InputFile("lessons/a,b.md", null, "a,b.md", InputFile.Origin.FILE);
        List<Diagnostic> loading = List.of(
                Diagnostic.warning("lessons/a,b.md", 5, 3, "lesson 1 has no bold lead; 100% sure"),
                Diagnostic.warning("lessons/a,b.md", 7, 0, "lesson 2 has no bold lead; 100% sure"));
        ProductResult json = new ProductResult(in, "json", "out/a,b-json.json", ProductResult.Status.WRITTEN,
                List.of(new ProductResult.FileResult("out/a,b-json.json", null, 2048, null, "x")), 3, loading, null);
        Failure failure = Failure.input(Diagnostic.error("lessons/a,b.md", 9, 0, "lesson 3 does not fit"));
        ProductResult cards = new ProductResult(in, "cards", "out/a,b-cards.pdf", ProductResult.Status.FAILED, List.of(), 5,
                List.of(loading.get(0), loading.get(1), failure.diagnostic()), failure);
        return new InputResult(in, loading, List.of(json, cards), List.of());
    }

    @Test
    void githubActionsGetsOneWorkflowCommandPerLineWithPropertiesEscaped() {
        console(false, true, Console.Progress.NONE).input(result());
        assertThat(out.toString().lines().filter(l -> l.startsWith("::"))).containsExactly(
                "::warning file=lessons/a%2Cb.md,line=5,col=3,title=lessonpress::lesson 1 has no bold lead; 100%25 sure"
                        + " [and 1 more like it (line 7); 'lessonpress check lessons/a,b.md' lists each]",
                "::error file=lessons/a%2Cb.md,line=9,title=lessonpress::lesson 3 does not fit");
        assertThat(err.toString().lines()).hasSize(2);
    }

    @Test
    void quietPrintsErrorsOnly() {
        console(true, false, Console.Progress.TERMINAL).input(result());
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly("lessons/a,b.md:9: error: lesson 3 does not fit");
    }

    @Test
    void onATerminalProgressIsOneLineRedrawnAndClearedBeforeAnythingElse() {
        Console c = console(false, false, Console.Progress.TERMINAL);
        c.progress(1, 3, "lessons/a.md");
        c.progress(2, 3, "lessons/b.md");
        c.input(result());
        String e = err.toString();
        assertThat(e).startsWith("\r[1/3] lessons/a.md  ").contains("\r[2/3] lessons/b.md  ").contains("\u001b[K");
        assertThat(e.substring(e.lastIndexOf("\r\u001b[K") + 4)).startsWith("lessons/a,b.md:5:3: warning:");
        assertThat(out.toString()).isEqualTo("out/a,b-json.json  (2 KB)\n");
    }

    @Test
    void plainProgressPrintsNoControlCharactersAndNothingForAShortRun() {
        Console c = console(false, false, Console.Progress.PLAIN);
        c.progress(1, 3, "lessons/a.md");
        c.progress(3, 3, "lessons/c.md");
        assertThat(err.toString()).isEmpty();
    }
}
