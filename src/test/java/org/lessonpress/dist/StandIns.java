package org.lessonpress.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.lessonpress.testing.Distribution;

/**
 * Commands of the CI examples that need the network, stood in on PATH: {@code git clone} of the lessonpress sources
 * (a folder with its pom.xml; other git commands go to the real git) and {@code mvn ... package} (which, after
 * checking the command, puts this build's archives in the project's target folder as Maven would).
 */
record StandIns(Path dir, Map<String, String> env) {
    private static final String MVN = """
            #!/usr/bin/env bash
            # Stand-in for Maven, which needs the network: checks the command, then leaves this build's distribution
            # where 'mvn package' leaves it.
            set -e
            pom=pom.xml; package=""
            while [ $# -gt 0 ]; do
              case "$1" in
                -f) pom="$2"; shift ;;
                package) package=yes ;;
              esac
              shift
            done
            [ -n "$package" ] || { echo "mvn (stand-in): the example's command does not run the package phase" >&2; exit 2; }
            [ -f "$pom" ] || { echo "mvn (stand-in): no $pom" >&2; exit 1; }
            mkdir -p "$(dirname "$pom")/target"
            cp "$LESSONPRESS_TEST_ZIP" "$LESSONPRESS_TEST_TGZ" "$(dirname "$pom")/target/"
            echo "mvn (stand-in): $(dirname "$pom")/target/$(basename "$LESSONPRESS_TEST_ZIP") and .tar.gz"
            """;
    private static final String GIT = """
            #!/usr/bin/env bash
            # Stand-in for 'git clone' of the lessonpress sources, which needs the network: a folder with lessonpress's
            # pom.xml, for the Maven stand-in. Every other git command is the real git's.
            if [ "$1" != clone ]; then exec "$LESSONPRESS_TEST_GIT" "$@"; fi
            shift
            branch=""; args=()
            while [ $# -gt 0 ]; do
              case "$1" in
                --branch|-b) branch="$2"; shift ;;
                --depth) shift ;;
                -*) ;;
                *) args+=("$1") ;;
              esac
              shift
            done
            [ ${#args[@]} -eq 2 ] || { echo "git (stand-in): clone takes a repository and a folder here" >&2; exit 2; }
            [ -n "${args[0]}" ] && [ -n "$branch" ] || { echo "git (stand-in): no repository or no --branch" >&2; exit 2; }
            mkdir -p "${args[1]}" && cp "$LESSONPRESS_TEST_POM" "${args[1]}/pom.xml"
            echo "git (stand-in): cloned ${args[0]} at $branch into ${args[1]}"
            """;

    static StandIns in(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("mvn"), MVN);
        write(dir.resolve("git"), GIT);
        String git = null;
        for (String d : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(d, "git"))) {
                git = Path.of(d, "git").toString();
                break;
            }
        }
        if (git == null) {
            throw new IllegalStateException("git is not installed");
        }
        return new StandIns(dir, Map.of("LESSONPRESS_TEST_ZIP", Distribution.zip().toString(),
                "LESSONPRESS_TEST_TGZ", Distribution.tarGz().toString(),
                "LESSONPRESS_TEST_POM", Path.of("pom.xml").toAbsolutePath().toString(), "LESSONPRESS_TEST_GIT", git));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
