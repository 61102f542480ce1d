package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lessonpress.BoundedFile;
import org.lessonpress.UsageException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;

/**
 * The format options of one run, each value parsed once whatever number of inputs uses it: by format, option and
 * text as given (the project file's options and overrides may give one input another value than the next). A file an
 * option names ({@code --reference-docx ref.docx}) is read once, never more than the option's limit, and parsed from
 * those bytes; the incremental manifest's key takes the same bytes. Every problem is a usage error: about the file,
 * in one line naming it, or about the value.
 */
public final class OptionValues {
    private final Map<String, Optional<Object>> parsed = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** {@code value} of {@code option} as {@code format} parses it; a bad value or file is a {@link UsageException}. */
    public Object parse(Exporter format, ExportOption<?> option, String value) {
        return parsed.computeIfAbsent(format.id() + '\0' + option.name() + '\0' + value, k -> {
            if (option.namesFile()) {
                byte[] bytes = file(option, value);
                try {
                    return Optional.ofNullable(option.parse(value, bytes));
                } catch (IllegalArgumentException x) {
                    throw UsageException.inFile(value, x.getMessage());
                }
            }
            try {
                return Optional.ofNullable(option.parse(value));
            } catch (IllegalArgumentException x) {
                throw new UsageException(x.getMessage());
            }
        }).orElse(null);
    }

    /** The bytes of the file {@code option} names, read the first time they are asked for. */
    byte[] file(ExportOption<?> option, String path) {
        return files.computeIfAbsent(path, p -> read(option, p));
    }

    /** Gives {@code context} the parsed value of every option of {@code format} in {@code options}, and any file's bytes. */
    void addTo(ExportContext.Builder context, Exporter format, Map<String, String> options) {
        for (ExportOption<?> o : format.options()) {
            String value = options.get(o.name());
            if (value == null) {
                continue;
            }
            Object v = parse(format, o, value);
            if (o.namesFile()) {
                context.file(o.name(), value, file(o, value));
            }
            context.parsed(o.name(), v);
        }
    }

    /** The whole file, bounded by the option's limit; what goes wrong is a usage error about the file. */
    private static byte[] read(ExportOption<?> o, String file) {
        try {
            Path p = Path.of(file);
            if (Files.isDirectory(p)) {
                throw UsageException.inFile(file, "is a folder; " + o.name() + " takes a file");
            }
            return BoundedFile.read(p, o.maxBytes());
        } catch (BoundedFile.TooLarge x) {
            throw UsageException.inFile(file, x.getMessage() + " of " + o.name());
        } catch (NoSuchFileException x) {
            throw UsageException.inFile(file, "no such file; check the path given to " + o.name());
        } catch (IOException x) {
            throw UsageException.inFile(file, "cannot read: " + OutputException.reason(x));
        } catch (InvalidPathException x) {
            throw UsageException.inFile(file, "not a path this system takes: " + x.getReason());
        }
    }
}
