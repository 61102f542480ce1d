package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Checks a reference document's styles against the Office Open XML schema (POI's XmlBeans) before any is copied into
 * a deck: each {@code w:style} and the {@code w:docDefaults}. The first invalid one is an IllegalArgumentException
 * naming it and the schema's complaint.
 */
final class StyleCheck {
    private StyleCheck() {
    }

    static void validate(CTStyles styles) {
        if (styles.isSetDocDefaults()) {
            check(styles.getDocDefaults(), "the document defaults (w:docDefaults)");
        }
        for (CTStyle style : styles.getStyleArray()) {
            String id = style.getStyleId() == null ? "(no id)" : style.getStyleId();
            check(style, "style '" + id + "'");
        }
    }

    private static void check(XmlObject part, String what) {
        List<XmlError> errors = new ArrayList<>();
        boolean valid;
        try {
            valid = part.validate(new XmlOptions().setErrorListener(errors));
        } catch (org.apache.xmlbeans.SchemaTypeLoaderException e) {
            // POI ships the schema types its own writers use; a part outside them cannot be checked, so it is not copied.
            throw new IllegalArgumentException(what + " uses parts of Office Open XML that lessonpress cannot check ("
                    + ReferenceStyles.reason(e) + "); remove them in Word or LibreOffice, or give another --reference-docx");
        }
        if (!valid) {
            String why = errors.isEmpty() ? "it does not match the schema" : ReferenceStyles.reason(new IllegalStateException(errors.get(0).getMessage()));
            throw new IllegalArgumentException(what + " is not valid Office Open XML (" + why + "); fix it in Word or"
                    + " LibreOffice, or give another --reference-docx");
        }
    }
}
