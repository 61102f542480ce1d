package org.lessonpress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A completion script loaded in bash or zsh as the shell loads it, and asked what it offers after some words: the
 * function the script registers for {@code lessonpress} is called with the shell's completion variables set, as the
 * shell sets them on a TAB.
 */
public final class ShellCompletion {
    private static final String BASH = """
            source "$1" >/dev/null 2>&1 || exit 3; shift
            f=$(complete -p lessonpress 2>/dev/null | sed -E 's/.* -F ([^ ]+).*/\\1/')
            [ -n "$f" ] || exit 4
            COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            "$f" lessonpress "${COMP_WORDS[COMP_CWORD]}" 2>/dev/null
            printf '%s\\n' "${COMPREPLY[@]}"
            """;
    /** zsh's bashcompinit calls the function through its compgen emulation, as its _bash_complete does. */
    private static final String ZSH = """
            source "$1" >/dev/null 2>&1 || exit 3; shift
            f=${${_comps[lessonpress]}##*-F }; f=${f%% *}
            [ -n "$f" ] || exit 4
            words=("$@"); CURRENT=$#
            COMP_WORDS=("${words[@]}"); COMP_CWORD=$(( CURRENT - 1 )); COMP_LINE="$words"; COMP_POINT=${#COMP_LINE}
            print -rl -- ${(f)"$(compgen -F $f -- ${words[CURRENT]} 2>/dev/null)"}
            """;

    private ShellCompletion() {
    }

    /** How bash registers the script for lessonpress: the output of {@code complete -p lessonpress}. */
    public static String bashRegistration(Path script) throws IOException, InterruptedException {
        return run(List.of("bash", "-c", "source \"$1\" >/dev/null 2>&1; complete -p lessonpress", "bash", script.toString()),
                script.getParent()).strip();
    }

    /**
     * What the shell offers for the last of {@code words} (the word being completed, "" for a new one), after
     * {@code lessonpress} and the words before it. zsh gets every candidate from the function and keeps those that
     * start with the word itself; so does this.
     */
    public static List<String> offers(String shell, Path script, Path home, String... words)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(shell.equals("zsh") ? List.of("zsh", "-f", "-c", ZSH, "zsh")
                : List.of("bash", "-c", BASH, "bash"));
        command.add(script.toString());
        command.add("lessonpress");
        command.addAll(List.of(words));
        String current = words.length == 0 ? "" : words[words.length - 1];
        return run(command, home).lines().filter(l -> !l.isEmpty() && l.startsWith(current)).toList();
    }

    private static String run(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("HOME", home.toString());
        pb.directory(home.toFile());
        Path out = Files.createTempFile(home, "completion", ".out");
        pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no answer from " + command.get(0) + " within a minute");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " could not load the script (exit " + p.exitValue() + ")");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return text;
    }
}
