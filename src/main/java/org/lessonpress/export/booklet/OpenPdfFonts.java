package org.lessonpress.export.booklet;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import java.util.function.ToLongFunction;
import org.lessonpress.theme.FontFace;

/**
 * OpenPDF fonts for one document: every face embedded as Identity-H with a ToUnicode map, subset, and given a
 * seeded random source so its subset prefix (ABCDEF+) is the same on every run. Text is measured by the core's
 * {@link org.lessonpress.typeset.FontMetrics} with OpenPDF's rounding of widths, so what is laid out is drawn.
 */
final class OpenPdfFonts {
    /**
     * Each face parsed once per thread, not once per booklet: a batch embeds the same faces in every PDF, and
     * parsing them (tables, cmaps) was about a twentieth of its time. A parsed font holds no state of the document
     * it is drawn in (the glyphs used are the writer's, the subset is cut from the font's bytes when the document
     * closes) but its random source for the subset prefix, which each document sets anew. A document borrows the
     * thread's fonts while it is open and gives them back after ({@link #release}), so a document opened inside
     * another on the same thread parses its own. Weak keys let a run's faces go with the run.
     */
    private static final ThreadLocal<Map<FontFace, BaseFont>> PARSED = ThreadLocal.withInitial(WeakHashMap::new);

    private final Map<FontFace, BaseFont> fonts = new HashMap<>();
    private final ToLongFunction<String> seed;

    /** {@code seed} gives a seed per face, e.g. from the export context. */
    OpenPdfFonts(ToLongFunction<String> seed) {
        this.seed = seed;
    }

    BaseFont font(FontFace face) {
        return fonts.computeIfAbsent(face, this::create);
    }

    /** Gives this document's fonts back to the thread, for its next document; call once the document is closed. */
    void release() {
        PARSED.get().putAll(fonts);
        fonts.clear();
    }

    private BaseFont create(FontFace face) {
        BaseFont bf = PARSED.get().remove(face);
        if (bf == null) {
            bf = parse(face);
        }
        bf.setSubset(true);
        bf.setSecureRandom(new SeededRandom(seed.applyAsLong("font " + face.fileName())));
        return bf;
    }

    private static BaseFont parse(FontFace face) {
        try {
            return BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes(), null);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + face.fileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The random source OpenPDF draws a subset prefix from: a plain seeded generator, since nothing here is secret,
     * so the prefix is the same on every run and no security provider is set up for it.
     */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        SeededRandom(long seed) {
            super(new Source(seed), null);
        }
    }

    private static final class Source extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final SplittableRandom random;

        Source(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // The seed is fixed at construction.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int n) {
            byte[] b = new byte[n];
            engineNextBytes(b);
            return b;
        }
    }
}
