package org.lessonpress.export.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.lessonpress.export.Exporter;
import org.lessonpress.theme.MissingGlyphs;

/**
 * Everything one run needs to know, from the command line and the project file merged (the command line wins).
 *
 * @param inputs     files, folders, patterns and {@code -}
 * @param sample     also export the bundled sample ({@code --sample})
 * @param base       {@code --base}, or null for the common folder of the inputs
 * @param formats    in the order asked for
 * @param theme      a bundled theme name or a theme file's path
 * @param jobs       how many exports run at once
 * @param force      rewrite outputs even when they are up to date
 * @param strict     warnings fail their input
 * @param quiet      print only errors and the summary
 * @param report     {@code --report} JSON file, or null
 * @param junit      {@code --junit} XML file, or null
 * @param shard      {@code --shard}, or null for all inputs
 * @param timestamp  the time stamped into outputs
 * @param fixedTime  true when {@code timestamp} comes from {@code SOURCE_DATE_EPOCH} (it then keys the manifest)
 * @param annotations print each diagnostic as a GitHub Actions workflow command too
 * @param progress   how to show progress on stderr
 */
public record RunSettings(List<InputDiscovery.Spec> inputs, boolean sample, Path base, List<Exporter> formats,
                          Path output, NameTemplate name, String theme, FormatOptions options, int jobs, boolean force,
                          boolean strict, boolean quiet, Path report, Path junit, Shard shard, MissingGlyphs missingGlyphs,
                          org.lessonpress.load.ReadOptions read, Instant timestamp, boolean fixedTime, boolean annotations,
                          Console.Progress progress) {
    public RunSettings {
        inputs = List.copyOf(inputs);
        formats = List.copyOf(formats);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
