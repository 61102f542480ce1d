package org.lessonpress.export.pdfbox;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.lessonpress.model.Metadata;

/**
 * What a PDF written with PDFBox says about itself: the document information, {@code /Lang} and the file ID, with
 * the dates fixed to the export's timestamp and an ID derived from the content, so the same input gives the same
 * bytes. One place for what the poster, its tiles, the cards and the imposed booklet stamp.
 *
 * @param title    the title, or null
 * @param author   the author, or null
 * @param subject  the subject, or null
 * @param keywords the keywords, comma-separated, or null
 * @param language the BCP 47 language of the text, or null
 * @param creator  what made the content
 * @param producer what wrote the PDF
 */
public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                           String creator, String producer) {

    /** A lesson file's title, author, keywords and language, with the given subject and creator. */
    public static DocumentInfo of(Metadata m, String subject, String creator) {
        return new DocumentInfo(m.title(), m.authorIfAny().orElse(null), subject,
                m.keywords().isEmpty() ? null : String.join(", ", m.keywords()), m.language(), creator, "lessonpress");
    }

    /** What another PDF says about itself (its information and language), to carry over to a PDF made from it. */
    public static DocumentInfo of(PDDocument from) {
        PDDocumentInformation i = from.getDocumentInformation();
        return new DocumentInfo(i.getTitle(), i.getAuthor(), i.getSubject(), i.getKeywords(),
                from.getDocumentCatalog().getLanguage(), i.getCreator(), i.getProducer());
    }

    public DocumentInfo withTitle(String t) {
        return new DocumentInfo(t, author, subject, keywords, language, creator, producer);
    }

    public DocumentInfo withSubject(String s) {
        return new DocumentInfo(title, author, s, keywords, language, creator, producer);
    }

    public DocumentInfo madeBy(String newCreator, String newProducer) {
        return new DocumentInfo(title, author, subject, keywords, language, newCreator, newProducer);
    }

    /** Sets the information dictionary, {@code /Lang} (when known) and the trailer's ID (both halves {@code fileId}). */
    public void stamp(PDDocument pdf, Instant when, byte[] fileId) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator(creator);
        info.setProducer(producer);
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        at.setTimeInMillis(when.toEpochMilli());
        info.setCreationDate(at);
        info.setModificationDate(at);
        pdf.setDocumentInformation(info);
        if (language != null) {
            pdf.getDocumentCatalog().setLanguage(language);
        }
        COSArray id = new COSArray();
        id.add(new COSString(fileId));
        id.add(new COSString(fileId));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }
}
