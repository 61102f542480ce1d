package org.lessonpress.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The front matter of a lesson file. Optional fields are empty strings when absent; {@link #language()}
 * defaults to {@code en}.
 *
 * @param title    required
 * @param subtitle optional
 * @param author   optional
 * @param date     as written in the file (e.g. {@code 2024-11-17} or {@code Nov 2024})
 * @param source   a URL where the text comes from
 * @param language a BCP 47 tag such as {@code en}, {@code de-CH} or {@code pt-BR}
 * @param citation free text, how to cite the document
 * @param keywords subject keywords, for document properties
 */
public record Metadata(String title, String subtitle, String author, String date, String source, String language,
                       String citation, java.util.List<String> keywords) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        subtitle = orEmpty(subtitle);
        author = orEmpty(author);
        date = orEmpty(date);
        source = orEmpty(source);
        language = language == null || language.isBlank() ? "en" : language;
        citation = orEmpty(citation);
        keywords = keywords == null ? java.util.List.of() : java.util.List.copyOf(keywords);
    }

    public static Metadata titled(String title) {
        return new Metadata(title, "", "", "", "", "en", "", java.util.List.of());
    }

    public Optional<String> subtitleIfAny() {
        return optional(subtitle);
    }

    public Optional<String> authorIfAny() {
        return optional(author);
    }

    public Optional<String> dateIfAny() {
        return optional(date);
    }

    public Optional<String> sourceIfAny() {
        return optional(source);
    }

    public Optional<String> citationIfAny() {
        return optional(citation);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
