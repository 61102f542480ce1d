package org.lessonpress.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.ReadOptions;
import org.lessonpress.load.Readers;
import org.lessonpress.theme.MissingGlyphs;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Options shared by {@code export}, {@code build} and {@code check}: the inputs, the theme, how to read and how strict to be. */
final class CommonOptions {
    List<String> inputs = new ArrayList<>();
    boolean sample;
    /** {@code --project FILE}, or null: {@code ./lessonpress.yml} when no input is named. */
    java.nio.file.Path project;
    /** Null unless given: a project file's theme applies then. */
    String theme;
    List<java.nio.file.Path> themePath = new ArrayList<>();
    MissingGlyphs missingGlyphs = MissingGlyphs.ERROR;
    long maxInputSize = LessonLoader.DEFAULT_MAX_BYTES;
    String from = "";
    boolean keepTrailing;
    boolean debug;

    /** Adds the inputs and the shared options to a command, parsed into this object. */
    void addTo(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("INPUT").arity("0..*").type(List.class)
                .auxiliaryTypes(String.class).initialValue(inputs)
                .description("Lesson files (Markdown, plain text, saved web pages, lessonpress JSON), folders (searched all the way down for "
                        + "the files a reader takes), quoted patterns "
                        + "('lessons/**/*.md') or - for standard input. None: the inputs of lessonpress.yml in this folder.")
                .getter(Specs.getter(() -> inputs)).setter(Specs.<List<String>>setter(v -> inputs = v)).build());
        spec.addOption(OptionSpec.builder("--sample").arity("0").type(boolean.class).initialValue(false)
                .description("Also take the bundled sample (39 lessons from ML conferences, 2024).")
                .setter(Specs.<Boolean>setter(v -> sample = v)).build());
        spec.addOption(OptionSpec.builder("--project").paramLabel("FILE").type(java.nio.file.Path.class)
                .description("The project file to use. Default: lessonpress.yml in this folder, when no input is named.")
                .setter(Specs.<java.nio.file.Path>setter(v -> project = v)).build());
        spec.addOption(OptionSpec.builder("--theme").paramLabel("NAME|FILE").type(String.class)
                .description("A bundled theme (default, ink-saver) or a theme .yml file. Default: default.")
                .setter(Specs.<String>setter(v -> theme = v)).build());
        spec.addOption(OptionSpec.builder("--theme-path").paramLabel("DIR").type(List.class).auxiliaryTypes(java.nio.file.Path.class)
                .initialValue(themePath)
                .description("A folder of themes (and fonts) you trust: a theme may extend files in it by name or path, besides"
                        + " bundled themes and files in its own folder. Repeatable.")
                .getter(Specs.getter(() -> themePath)).setter(Specs.<List<java.nio.file.Path>>setter(v -> themePath = v)).build());
        spec.addOption(OptionSpec.builder("--missing-glyphs").paramLabel("error|replace").type(MissingGlyphs.class)
                .defaultValue("error").initialValue(MissingGlyphs.ERROR).converters(new MissingGlyphsConverter())
                .description("A character no font of the theme has: fail (error), or draw \uFFFD and warn (replace). "
                        + "Default: ${DEFAULT-VALUE}.")
                .setter(Specs.<MissingGlyphs>setter(v -> missingGlyphs = v)).build());
        addReadingTo(spec);
    }

    /** The options that say how to read an input (also {@code import}'s): size limit, reader, footers; and --debug. */
    void addReadingTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--max-input-size").paramLabel("SIZE").type(Long.class).defaultValue("10MB")
                .initialValue(LessonLoader.DEFAULT_MAX_BYTES)
                .converters(new SizeConverter())
                .description("Refuse inputs larger than this (e.g. 10MB, 500KB). Default: ${DEFAULT-VALUE}.")
                .setter(Specs.<Long>setter(v -> maxInputSize = v)).build());
        spec.addOption(OptionSpec.builder("--from").paramLabel("READER").type(String.class)
                .description("Read the inputs as this format (see 'lessonpress formats'). Default: by the file's extension, "
                        + "else by its content.")
                .setter(Specs.<String>setter(v -> from = v == null ? "" : v)).build());
        spec.addOption(OptionSpec.builder("--keep-trailing").arity("0").type(boolean.class).initialValue(false)
                .description("Keep what looks like a web page's footer after the essay (share, subscribe, comment boxes).")
                .setter(Specs.<Boolean>setter(v -> keepTrailing = v)).build());
        spec.addOption(OptionSpec.builder("--debug").arity("0").type(boolean.class).initialValue(false)
                .description("Print stack traces with errors.")
                .setter(Specs.<Boolean>setter(v -> debug = v)).build());
    }

    /** How to read the inputs, as the options say; an unknown --from is a usage error naming the readers. */
    ReadOptions readOptions() {
        if (!from.isEmpty()) {
            Readers.builtIn().named(from);
        }
        return new ReadOptions(from, keepTrailing, maxInputSize);
    }

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
