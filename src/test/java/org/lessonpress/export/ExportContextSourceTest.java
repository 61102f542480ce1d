package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Theme;

/** A source given by the SHA-256 of its bytes (as a batch does, having hashed them once) derives what its bytes do. */
class ExportContextSourceTest {
    private final Theme theme = Corpus.theme();
    private final byte[] bytes = "---\ntitle: T\n---\n# One\n\n1. **Lead.** Body.\n".getBytes(StandardCharsets.UTF_8);

    private ExportContext.Builder base() {
        return ExportContext.builder(theme).exporter("booklet").options(Map.of("--paper", "A5")).timestamp(Corpus.EPOCH);
    }

    @Test
    void aSourceGivenByItsDigestGivesTheIdsAndSeedsOfItsBytes() throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
        ExportContext byBytes = base().source("lessons.md", bytes).build();
        ExportContext byDigest = base().sourceSha256("lessons.md", sha).build();

        assertThat(byDigest.sourceName()).isEqualTo("lessons.md");
        assertThat(byDigest.id("document-id")).isEqualTo(byBytes.id("document-id"));
        assertThat(byDigest.seed("font NotoSerif-Regular.ttf")).isEqualTo(byBytes.seed("font NotoSerif-Regular.ttf"));

        sha[0] ^= 1;
        assertThat(base().sourceSha256("lessons.md", sha).build().id("document-id")).isNotEqualTo(byBytes.id("document-id"));
        // The last of source(...) and sourceSha256(...) holds.
        assertThat(base().sourceSha256("lessons.md", sha).source("lessons.md", bytes).build().id("document-id"))
                .isEqualTo(byBytes.id("document-id"));
    }

    @Test
    void aDigestOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> base().sourceSha256("lessons.md", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
