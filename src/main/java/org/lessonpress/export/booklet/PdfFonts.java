package org.lessonpress.export.booklet;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.lessonpress.theme.FontFace;

/**
 * OpenPDF fonts for one document: every face embedded as Identity-H with a ToUnicode map, subset, and given a
 * seeded random source so its subset prefix (ABCDEF+) is the same on every run.
 */
final class PdfFonts implements Metrics {
    private final Map<FontFace, BaseFont> fonts = new HashMap<>();
    private final ToLongFunction<String> seed;

    /** {@code seed} gives a seed per face, e.g. from the export context. */
    PdfFonts(ToLongFunction<String> seed) {
        this.seed = seed;
    }

    BaseFont font(FontFace face) {
        return fonts.computeIfAbsent(face, this::create);
    }

    private BaseFont create(FontFace face) {
        try {
            BaseFont bf = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    face.bytes(), null);
            bf.setSubset(true);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.applyAsLong("font " + face.fileName()));
            bf.setSecureRandom(random);
            return bf;
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot load font " + face.fileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double width(FontFace face, String text, double size) {
        return font(face).getWidthPoint(text, (float) size);
    }
}
