package org.lessonpress.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.theme.MissingGlyphs;
import org.lessonpress.theme.ThemeLoader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code export} and {@code check}: the inputs, the theme and how strict to be. */
final class CommonOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Lesson files (Markdown with YAML front matter). None: the bundled sample.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME|FILE", defaultValue = ThemeLoader.DEFAULT,
            description = "A bundled theme (default, ink-saver) or a theme .yml file. Default: ${DEFAULT-VALUE}.")
    String theme;

    @Option(names = "--missing-glyphs", paramLabel = "error|replace", defaultValue = "error",
            converter = MissingGlyphsConverter.class,
            description = "A character no font of the theme has: fail (error), or draw \uFFFD and warn (replace). Default: ${DEFAULT-VALUE}.")
    MissingGlyphs missingGlyphs;

    @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
            description = "Refuse lesson files larger than this (e.g. 10MB, 500KB). Default: ${DEFAULT-VALUE}.")
    long maxInputSize = LessonLoader.DEFAULT_MAX_BYTES;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    static final class MissingGlyphsConverter implements ITypeConverter<MissingGlyphs> {
        @Override
        public MissingGlyphs convert(String value) {
            try {
                return MissingGlyphs.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not error or replace");
            }
        }
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.trim());
            if (!m.matches()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a size; write e.g. 10MB or 500KB");
            }
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            long factor = switch (unit) {
                case "KB" -> 1024L;
                case "MB" -> 1024L * 1024;
                case "GB" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            return (long) (n * factor);
        }
    }
}
