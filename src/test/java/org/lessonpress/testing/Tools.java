package org.lessonpress.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command-line tools a test needs: whether they are installed. */
public final class Tools {
    private Tools() {
    }

    /** Whether {@code tool} is an executable on PATH. */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
