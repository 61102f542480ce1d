package org.lessonpress.export.pipeline;

import java.util.regex.Pattern;

/**
 * A path pattern that lessonpress expands itself, so a quoted {@code 'lessons/**\/*.md'} means the same in every
 * shell and on Windows. The shell's globstar rules: {@code *} and {@code ?} stay within one folder, {@code **}
 * spans any number of folders (none included: {@code lessons/**\/*.md} matches {@code lessons/a.md}), {@code [abc]},
 * {@code [!abc]} and {@code {a,b}} as usual. {@code /} and {@code \} both separate folders.
 */
final class Glob {
    private final String text;
    private final String root;
    private final Pattern regex;

    private Glob(String text, String root, Pattern regex) {
        this.text = text;
        this.root = root;
        this.regex = regex;
    }

    /** True when {@code text} has a wildcard, so it is a pattern rather than a path. */
    static boolean isPattern(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    static Glob of(String text) {
        String pattern = text.replace('\\', '/');
        while (pattern.startsWith("./")) {
            pattern = pattern.substring(2);
        }
        int wild = firstWildcard(pattern);
        int slash = wild < 0 ? pattern.lastIndexOf('/') : pattern.lastIndexOf('/', wild);
        String root = slash < 0 ? "" : pattern.substring(0, slash == 0 ? 1 : slash);
        return new Glob(text, root, Pattern.compile(translate(pattern)));
    }

    /** The folders before the first wildcard ({@code lessons} for {@code lessons/**\/*.md}), where a search starts. */
    String root() {
        return root;
    }

    /** True when the whole pattern spans folders ({@code **}), so a search must go all the way down. */
    boolean deep() {
        return text.contains("**");
    }

    /** Whether {@code path} (folders separated by {@code /}, as the pattern is written: relative or absolute) matches. */
    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String translate(String p) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean twice = i + 1 < p.length() && p.charAt(i + 1) == '*';
                    boolean wholeSegment = (i == 0 || p.charAt(i - 1) == '/');
                    if (twice && wholeSegment && i + 2 < p.length() && p.charAt(i + 2) == '/') {
                        re.append("(?:[^/]*/)*"); // "**/": any number of folders, none included
                        i += 2;
                    } else if (twice) {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = p.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        String set = p.substring(i + 1, close);
                        boolean negated = set.startsWith("!") || set.startsWith("^");
                        String body = negated ? set.substring(1) : set;
                        re.append('[').append(negated ? "^/" : "").append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = close;
                    }
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("'" + p + "' has an unclosed '{'");
        }
        return re.toString();
    }
}
