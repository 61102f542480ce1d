package org.lessonpress.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.MissingGlyphs;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.typeset.BreakScans;

/**
 * Everything an exporter may use besides the model: the resolved theme and its font chains, its option values,
 * the timestamp to write (from {@code SOURCE_DATE_EPOCH} when set), content-derived IDs, the missing-glyph policy,
 * a place for warnings and streams for companion files. One context serves one exporter for one input.
 */
public final class ExportContext {

    /** Opens the stream for a companion file; the CLI commits it only if the whole export succeeds. */
    @FunctionalInterface
    public interface CompanionSink {
        OutputStream open(String qualifier, String extension);
    }

    private final String exporterId;
    private final String sourceName;
    private final byte[] sourceDigest;
    private final Theme theme;
    private final FontCatalog fonts;
    private final Map<String, String> options;
    private final Instant timestamp;
    private final MissingGlyphs missingGlyphs;
    private final Consumer<Diagnostic> warnings;
    private final CompanionSink companions;
    private final Map<String, Integer> pages = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, FontChain> chains = new ConcurrentHashMap<>();
    private final Set<String> warned = Collections.synchronizedSet(new HashSet<>());
    /** Option values parsed once: given by the CLI (which parses every option once per run) or parsed on first use. */
    private final Map<String, java.util.Optional<Object>> parsed = new ConcurrentHashMap<>();
    private final Map<String, SourceFile> files;
    private final BreakScans scans;

    /** The bytes of a file an option names, read by the CLI, with the name it was given by. */
    private record SourceFile(String name, byte[] bytes) {
    }

    private ExportContext(Builder b) {
        this.exporterId = b.exporterId;
        this.sourceName = b.sourceName;
        this.sourceDigest = b.sourceDigest != null ? b.sourceDigest : sha256(b.sourceBytes);
        this.theme = Objects.requireNonNull(b.theme, "theme");
        this.fonts = b.fonts;
        this.options = Map.copyOf(b.options);
        this.timestamp = b.timestamp;
        this.missingGlyphs = b.missingGlyphs;
        this.warnings = b.warnings;
        this.companions = b.companions;
        this.files = Map.copyOf(b.files);
        this.scans = b.scans != null ? b.scans : new BreakScans();
        b.parsed.forEach((k, v) -> parsed.put(k, java.util.Optional.ofNullable(v)));
    }

    public static Builder builder(Theme theme) {
        return new Builder(theme);
    }

    public Theme theme() {
        return theme;
    }

    /**
     * The break opportunities found in this document's texts so far, for {@link org.lessonpress.typeset.Typesetter}s
     * to share: one per input, shared by its formats when the pipeline gives it ({@link Builder#scans}), else this
     * context's own.
     */
    public BreakScans scans() {
        return scans;
    }

    /** Shortcut for {@code theme().get(key)}. */
    public <T> T theme(ThemeKey<T> key) {
        return theme.get(key);
    }

    /** The font chain a theme key names, e.g. {@code fonts(CoreKeys.FONT_SERIF)}. */
    public FontChain fonts(ThemeKey<List<String>> key) {
        return chains.computeIfAbsent(key.path(), p -> fonts.chain(p.substring(p.lastIndexOf('.') + 1), theme.get(key)));
    }

    /**
     * The value of an option: as given on the command line, else its default; null when neither. Each option is parsed
     * once; an option naming a file is parsed from the bytes the CLI read (see {@link ExportOption#file}).
     */
    public <T> T option(ExportOption<T> option) {
        java.util.Optional<Object> v = parsed.get(option.name());
        if (v == null) {
            v = java.util.Optional.ofNullable(parse(option));
            parsed.putIfAbsent(option.name(), v);
        }
        @SuppressWarnings("unchecked")
        T t = (T) v.orElse(null);
        return t;
    }

    private <T> T parse(ExportOption<T> option) {
        if (option.namesFile()) {
            SourceFile f = files.get(option.name());
            if (f == null) {
                if (options.containsKey(option.name())) {
                    throw new IllegalStateException(option.name() + " names a file: give its bytes with Builder.file");
                }
                return null;
            }
            try {
                return option.parse(f.name(), f.bytes());
            } catch (IllegalArgumentException e) {
                throw UsageException.inFile(f.name(), e.getMessage());
            }
        }
        String raw = options.get(option.name());
        if (raw == null) {
            raw = option.defaultValue();
        }
        if (raw == null) {
            return null;
        }
        try {
            return option.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The bytes of the file an option names, as the CLI read them; null when the option was not given. */
    public byte[] file(ExportOption<?> option) {
        SourceFile f = files.get(option.name());
        return f == null ? null : f.bytes().clone();
    }

    /** True when the user gave the option (rather than leaving its default). */
    public boolean given(ExportOption<?> option) {
        return options.containsKey(option.name());
    }

    /** The time to stamp into the output: {@code SOURCE_DATE_EPOCH} when set, so two runs give the same bytes. */
    public Instant timestamp() {
        return timestamp;
    }

    /** The input's file name, for messages. */
    public String sourceName() {
        return sourceName;
    }

    /**
     * 16 bytes derived from the input, the exporter, its options and the theme, plus a purpose ("document-id"):
     * the same input always gives the same ID, a changed input a different one.
     */
    public byte[] id(String purpose) {
        MessageDigest md = digest();
        md.update(sourceDigest);
        md.update(bytes(exporterId));
        md.update(bytes(theme.name()));
        md.update(bytes(new TreeMap<>(options).toString()));
        md.update(bytes(purpose));
        byte[] full = md.digest();
        byte[] out = new byte[16];
        System.arraycopy(full, 0, out, 0, 16);
        return out;
    }

    /** A seed for a pseudo-random generator a library insists on (font subset prefixes), derived like {@link #id}. */
    public long seed(String purpose) {
        return ByteBuffer.wrap(id(purpose)).getLong();
    }

    public String idHex(String purpose) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id(purpose)) {
            sb.append(String.format(Locale.ROOT, "%02x", b));
        }
        return sb.toString();
    }

    public MissingGlyphs missingGlyphs() {
        return missingGlyphs;
    }

    /**
     * The handler for characters no font of a chain has, for text at {@code line} described as {@code where}
     * ("lesson 12"): an error under the default policy, a visible replacement and one warning each otherwise.
     */
    public FontChain.MissingGlyphHandler glyphs(int line, String where) {
        return (cp, chain) -> {
            String what = describe(cp) + " in " + where;
            if (missingGlyphs == MissingGlyphs.ERROR) {
                throw BadInputException.at(sourceName, line, "no font in the " + chain.name() + " chain (" + chain.describe()
                        + ") has " + what + "; add a font that has it to fonts." + chain.name()
                        + " in the theme, or use --missing-glyphs=replace to draw \uFFFD instead");
            }
            if (warned.add(chain.name() + cp)) {
                warn(line, "no font in the " + chain.name() + " chain has " + what + "; drawn as \uFFFD");
            }
            return FontChain.REPLACEMENT;
        };
    }

    /** Describes a character for messages: {@code '☃' (U+2603 SNOWMAN)}. */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return "'" + new String(Character.toChars(cp)) + "' (U+" + String.format(Locale.ROOT, "%04X", cp)
                + (name == null ? "" : " " + name) + ")";
    }

    public void warn(int line, String message) {
        warnings.accept(Diagnostic.warning(sourceName, line, 0, message));
    }

    /** A stream for a file written beside the main one: {@code <stem>-<format>-<qualifier>.<extension>}. */
    public OutputStream companion(String qualifier, String extension) {
        if (!qualifier.matches("[a-z0-9]+(-[a-z0-9]+)*") || !extension.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("companion qualifier and extension must be lower-case words");
        }
        return companions.open(qualifier, extension);
    }

    /** Records how many pages a file has (qualifier "" for the main file), for the CLI's summary line. */
    public void pages(String qualifier, int count) {
        pages.put(qualifier, count);
    }

    public Map<String, Integer> pages() {
        return Map.copyOf(pages);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static byte[] bytes(String s) {
        return (s + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** Builds a context; the CLI sets everything, tests set what they need. */
    public static final class Builder {
        private final Theme theme;
        private String exporterId = "";
        private String sourceName = "input.md";
        private byte[] sourceBytes = new byte[0];
        private byte[] sourceDigest;
        private BreakScans scans;
        private FontCatalog fonts = FontCatalog.bundled();
        private final Map<String, String> options = new LinkedHashMap<>();
        private Instant timestamp = Instant.EPOCH;
        private MissingGlyphs missingGlyphs = MissingGlyphs.ERROR;
        private Consumer<Diagnostic> warnings = d -> { };
        private CompanionSink companions = (q, e) -> new ByteArrayOutputStream();
        private final Map<String, SourceFile> files = new LinkedHashMap<>();
        private final Map<String, Object> parsed = new LinkedHashMap<>();

        private Builder(Theme theme) {
            this.theme = theme;
        }

        /** Shares the scans of {@code shared} with every other context given it: the formats of one input. */
        public Builder scans(BreakScans shared) {
            this.scans = shared;
            return this;
        }

        public Builder exporter(String id) {
            this.exporterId = id;
            return this;
        }

        public Builder source(String name, byte[] bytes) {
            this.sourceName = name;
            this.sourceBytes = bytes.clone();
            this.sourceDigest = null;
            return this;
        }

        /**
         * The source by its name and the SHA-256 of its bytes, all a context keeps of them: a batch hashes each input
         * once for its manifest, and hashing (and copying) it again for each of its formats was wasted.
         */
        public Builder sourceSha256(String name, byte[] sha256) {
            if (sha256.length != 32) {
                throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
            }
            this.sourceName = name;
            this.sourceDigest = sha256.clone();
            return this;
        }

        public Builder fonts(FontCatalog catalog) {
            this.fonts = catalog;
            return this;
        }

        public Builder option(String name, String value) {
            options.put(name, value);
            return this;
        }

        public Builder options(Map<String, String> values) {
            options.putAll(values);
            return this;
        }

        /** The bytes of the file an option names ({@code --reference-docx ref.docx}), read by the CLI. */
        public Builder file(String option, String fileName, byte[] bytes) {
            files.put(option, new SourceFile(fileName, bytes.clone()));
            options.put(option, fileName);
            return this;
        }

        /** An option's value, parsed already (the CLI parses every option once per run). */
        public Builder parsed(String option, Object value) {
            parsed.put(option, value);
            return this;
        }

        public Builder timestamp(Instant time) {
            this.timestamp = time;
            return this;
        }

        public Builder missingGlyphs(MissingGlyphs policy) {
            this.missingGlyphs = policy;
            return this;
        }

        public Builder warnings(Consumer<Diagnostic> sink) {
            this.warnings = sink;
            return this;
        }

        public Builder companions(CompanionSink sink) {
            this.companions = sink;
            return this;
        }

        public ExportContext build() {
            return new ExportContext(this);
        }
    }

    /** Collects warnings in memory (for tests). */
    public static List<Diagnostic> newWarningList() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
