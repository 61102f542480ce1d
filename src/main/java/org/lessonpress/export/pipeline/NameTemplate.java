package org.lessonpress.export.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.UsageException;

/**
 * {@code --name}: where each output goes below the output folder, e.g. the default
 * {@code {dir}/{stem}-{format}.{ext}}. Placeholders: {@code {dir}} (the input's folder below the base, nothing for a
 * file at the base), {@code {stem}} (its file name without extension), {@code {format}} and {@code {ext}}. A template
 * ends in {@code .{ext}} so every file keeps its type.
 *
 * <p>A companion file (the imposed booklet, the poster tiles) takes its main file's name with {@code -QUALIFIER}
 * before the extension, so it always sits beside its main file: {@code handout-booklet.pdf} →
 * {@code handout-booklet-imposed.pdf}, and under {@code {format}/{stem}.{ext}}: {@code booklet/handout.pdf} →
 * {@code booklet/handout-imposed.pdf}.
 */
public final class NameTemplate {
    public static final String DEFAULT = "{dir}/{stem}-{format}.{ext}";
    private static final List<String> PLACEHOLDERS = List.of("dir", "stem", "format", "ext");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String template;

    private NameTemplate(String template) {
        this.template = template;
    }

    /** Checks a template; a mistake is a usage error that says what to write. */
    public static NameTemplate parse(String template) {
        String t = template.replace('\\', '/');
        Matcher m = PLACEHOLDER.matcher(t);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new UsageException("--name '" + template + "': unknown placeholder {" + m.group(1) + "}; use {dir}, {stem}, {format} and {ext}");
            }
        }
        String bare = PLACEHOLDER.matcher(t).replaceAll("x");
        if (bare.contains("{") || bare.contains("}")) {
            throw new UsageException("--name '" + template + "': a '{' or '}' that is not part of {dir}, {stem}, {format} or {ext}");
        }
        if (!t.endsWith(".{ext}")) {
            throw new UsageException("--name '" + template + "': end the template with .{ext}, so that each file keeps its type");
        }
        if (t.startsWith("/") || t.matches("^[A-Za-z]:.*")) {
            throw new UsageException("--name '" + template + "': the template is a path inside the output folder; drop the leading '/'");
        }
        for (String segment : t.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new UsageException("--name '" + template + "': '" + segment + "' is not allowed; outputs stay inside the output folder");
            }
        }
        return new NameTemplate(t);
    }

    /** The main file of {@code format} for an input in folder {@code dir} (below the base) with {@code stem}. */
    public String render(String dir, String stem, String format, String extension) {
        String path = template.replace("{dir}", dir).replace("{stem}", stem).replace("{format}", format).replace("{ext}", extension);
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                parts.add(segment); // an empty {dir} leaves '//' or a leading '/': both collapse
            }
        }
        return String.join("/", parts);
    }

    /** A companion of the main file {@code main} (which ends in {@code .mainExtension}). */
    public static String companion(String main, String mainExtension, String qualifier, String extension) {
        String stem = main.substring(0, main.length() - mainExtension.length() - 1);
        return stem + "-" + qualifier + "." + extension;
    }

    @Override
    public String toString() {
        return template;
    }
}
