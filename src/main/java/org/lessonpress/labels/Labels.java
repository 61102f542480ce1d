package org.lessonpress.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * The labels of one language. A BCP 47 tag falls back from the most specific translation there is to the plain
 * language and then to English: {@code de-CH} reads {@code labels_de_CH} if it exists, else {@code labels_de};
 * {@code ja} reads English. Each file is read once per run; lookups never depend on the JVM's default locale.
 */
public final class Labels {
    static final String ROOT = "org/lessonpress/labels/labels_";
    private static final String FALLBACK = "en";
    private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

    private final String language;
    private final List<Properties> chain;

    private Labels(String language, List<Properties> chain) {
        this.language = language;
        this.chain = List.copyOf(chain);
    }

    /** The labels for a document's {@code language} tag. */
    public static Labels of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? FALLBACK : languageTag);
        List<String> candidates = new ArrayList<>();
        String lang = locale.getLanguage();
        if (!lang.isEmpty() && !locale.getCountry().isEmpty()) {
            candidates.add(lang + "_" + locale.getCountry());
        }
        if (!lang.isEmpty()) {
            candidates.add(lang);
        }
        candidates.add(FALLBACK);
        List<Properties> chain = new ArrayList<>();
        String used = null;
        for (String c : candidates) {
            Properties p = file(c);
            if (p != null) {
                chain.add(p);
                used = used == null ? c : used;
            }
        }
        return new Labels(used, chain);
    }

    /** The translation file that answered first: {@code de} for {@code de-CH}, {@code en} for an unknown language. */
    public String language() {
        return language;
    }

    /** The label's text. */
    public String get(Label label) {
        for (Properties p : chain) {
            String v = p.getProperty(label.key());
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("no translation has the label " + label.key());
    }

    /**
     * A template with its placeholders filled: {@code format(Label.CARD_FRONT, "number", "3")}.
     *
     * @param namesAndValues placeholder names and their values, alternating
     */
    public String format(Label label, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        Matcher m = Label.PLACEHOLDER.matcher(get(label));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("label " + label.key() + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The translations in one file, or null when there is none for that language. */
    static Properties file(String name) {
        Properties cached = FILES.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(ROOT + name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            FILES.putIfAbsent(name, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labels for " + name, e);
        }
    }
}
