package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.UsageException;

class NameTemplateTest {
    @Test
    void theDefaultKeepsTheInputsFolderAndDropsItAtTheBase() {
        NameTemplate t = NameTemplate.parse(NameTemplate.DEFAULT);
        assertThat(t.render("team-a", "handout", "booklet", "pdf")).isEqualTo("team-a/handout-booklet.pdf");
        assertThat(t.render("", "handout", "booklet", "pdf")).isEqualTo("handout-booklet.pdf");
        assertThat(t.render("a/b", "x", "json", "json")).isEqualTo("a/b/x-json.json");
    }

    @Test
    void aFolderPerFormat() {
        NameTemplate t = NameTemplate.parse("{format}/{dir}/{stem}.{ext}");
        assertThat(t.render("team-a", "handout", "booklet", "pdf")).isEqualTo("booklet/team-a/handout.pdf");
        assertThat(t.render("", "handout", "booklet", "pdf")).isEqualTo("booklet/handout.pdf");
    }

    @Test
    void aCompanionSitsBesideItsMainFileWithTheQualifierBeforeTheExtension() {
        assertThat(NameTemplate.companion("team-a/handout-booklet.pdf", "pdf", "imposed", "pdf"))
                .isEqualTo("team-a/handout-booklet-imposed.pdf");
        assertThat(NameTemplate.companion("poster/handout.pdf", "pdf", "tiles", "pdf")).isEqualTo("poster/handout-tiles.pdf");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{stem}-{fmt}.{ext} | unknown placeholder {fmt}",
        "{stem}.pdf | end the template with .{ext}",
        "/abs/{stem}.{ext} | drop the leading '/'",
        "../{stem}.{ext} | '..' is not allowed",
        "{stem}-{format.{ext} | a '{' or '}' that is not part of",
    })
    void aBadTemplateIsAUsageErrorThatSaysWhatToWrite(String template, String message) {
        assertThatThrownBy(() -> NameTemplate.parse(template)).isInstanceOf(UsageException.class).hasMessageContaining(message);
    }
}
