package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2,000-character title was blamed on lesson 1's lead: the cards set the title at the foot of every front, and
 * when it took the room the lead needed, the lead was named. The error now names what does not fit.
 */
class LongTitleTest {
    @TempDir
    Path dir;

    @Test
    void aTitleThatFillsTheCardFrontIsNamedNotTheLead() throws IOException {
        String title = "Word ".repeat(400).strip();
        Path in = Files.writeString(dir.resolve("t.md"), "---\ntitle: " + title + "\n---\n\n## S\n\n1. **Short lead.** Body.\n");
        CliRunner.Outcome r = new CliRunner().run("export", "-f", "cards", "-o", dir.resolve("out").toString(), in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.errWithoutSummary()).singleElement().asString()
                .startsWith(in + ":2: error: the front matter's 'title' is 1,999 characters, over the limit of 300")
                .doesNotContain("lesson 1");
        // Under the limit, a title of 299 characters still leaves the lead its room.
        Path fits = Files.writeString(dir.resolve("f.md"), "---\ntitle: " + "Word ".repeat(60).strip() + "\n---\n\n## S\n\n1. **Short lead.** Body.\n");
        CliRunner.Outcome f = new CliRunner().run("export", "-f", "cards", "-o", dir.resolve("out").toString(), fits.toString());
        assertThat(f.code()).as(f.err()).isEqualTo(ExitCode.OK);
        // A lead that is too long on its own is still the lead's fault.
        Path lead = Files.writeString(dir.resolve("l.md"), "---\ntitle: T\n---\n\n## S\n\n1. **" + "Lead ".repeat(115) + "end.** Body.\n");
        CliRunner.Outcome l = new CliRunner().run("export", "-f", "cards", "-o", dir.resolve("out").toString(), lead.toString());
        assertThat(l.firstErrLine()).startsWith(lead + ":7: error: lesson 1: its lead does not fit on the front");
    }

    @Test
    void aCharacterNoFontHasInTheTitleOrASectionIsReportedThereOnTheCards() throws IOException {
        Path title = Files.writeString(dir.resolve("g.md"), "---\ntitle: Snow 漢\n---\n\n## S\n\n1. **Lead.** Body.\n");
        CliRunner.Outcome r = new CliRunner().run("export", "-f", "cards", "-o", dir.resolve("out").toString(), title.toString());
        assertThat(r.firstErrLine()).startsWith(title + ":1: error: ").contains("in the front matter").doesNotContain("lesson 1");
        Path section = Files.writeString(dir.resolve("s.md"), "---\ntitle: T\n---\n\n## Section 漢\n\n1. **Lead.** Body.\n");
        CliRunner.Outcome s = new CliRunner().run("export", "-f", "cards", "-o", dir.resolve("out").toString(), section.toString());
        assertThat(s.firstErrLine()).startsWith(section + ":5: error: ").contains("in the section heading");
    }
}
