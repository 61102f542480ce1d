package org.lessonpress.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every label a format prints, as the key of the translations in {@code labels_<language>.properties}. A label
 * with placeholders ({@code {row}}) is a template that {@link Labels#format} fills; every translation has the
 * same placeholders as the English one.
 */
public enum Label {
    /** Heading of the slides' agenda. */
    AGENDA("agenda"),
    /** Heading of the slide that carries the intro. */
    INTRODUCTION("introduction"),
    /** Heading of the closing slide. */
    THANKS("thanks"),
    /** Heading over the source link (booklet closing page, closing slide). */
    SOURCE("source"),
    /** The source link's lead-in on a card back, with the punctuation the language puts after it. */
    SOURCE_PREFIX("source-prefix"),
    /** Heading of the booklet's table of contents. */
    CONTENTS("contents"),
    /** Heading over the citation on the booklet's closing page. */
    CITE_AS("cite-as"),
    /** A section's lessons in the booklet's contents of a long file: {@code {range}} ("1–12"). */
    LESSONS("lessons"),
    /** A card position on the front of the duplex registration sheet: {@code {number}}. */
    CARD_FRONT("card-front"),
    /** A card position on the back of the duplex registration sheet: {@code {number}}. */
    CARD_BACK("card-back"),
    /** How to use the duplex registration sheet. */
    DUPLEX_CHECK("duplex-check"),
    /** The label in a poster tile's margin: {@code {row} {column} {rows} {columns} {overlap}}. */
    TILE("tile");

    private final String key;

    Label(String key) {
        this.key = key;
    }

    /** The key in the properties files. */
    public String key() {
        return key;
    }

    /** The placeholders of a template, e.g. {@code [row, column]}, in the order they appear. */
    public static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
}
