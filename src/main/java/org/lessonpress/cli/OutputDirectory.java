package org.lessonpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place files are written. Each export is a {@link Batch}: every file goes to a temporary file in the
 * target directory and is moved into place only when the whole batch succeeded, so a failed export leaves nothing
 * behind and never truncates an earlier good file. Names come from the input stem only and must stay inside the
 * directory.
 */
final class OutputDirectory {
    private final Path dir;

    OutputDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path path() {
        return dir;
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIAL = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new, empty {@code .NAME.PID-N.part} beside the target. Files.createTempFile would do, but it seeds a
     * SecureRandom for the name, a noticeable part of a short run; the process id and a counter are unique enough,
     * and CREATE_NEW (used by createFile) never reuses a file that exists.
     */
    /** The last temporary-file number used in this process (for tests). */
    static long lastSerial() {
        return SERIAL.get();
    }

    private Path createTemp(String fileName) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path temp = dir.resolve("." + fileName + "." + pid + "-" + SERIAL.incrementAndGet() + ".part");
            try {
                return posix()
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))
                        : Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // A leftover of an earlier process with the same id: try the next number.
            }
        }
    }

    Batch batch() {
        return new Batch();
    }

    /** Thrown when the file system refuses a write; the CLI exits with {@link ExitCode#OUTPUT}. */
    static final class OutputException extends Exception {
        final Path path;

        OutputException(Path path, String message, Throwable cause) {
            super(message, cause);
            this.path = path;
        }
    }

    final class Batch implements AutoCloseable {
        private record Pending(Path temp, Path target, OutputStream stream) {
        }

        private final List<Pending> pending = new ArrayList<>();
        private boolean committed;

        /** Opens a stream for {@code fileName} inside the directory. */
        OutputStream open(String fileName) throws OutputException {
            Path target = dir.resolve(fileName).normalize();
            if (!target.getParent().equals(dir) || fileName.contains("/") || fileName.contains("\\")) {
                throw new OutputException(target, "refusing to write outside " + dir, null);
            }
            try {
                Files.createDirectories(dir);
                if (Files.isDirectory(target)) {
                    throw new OutputException(target, "a directory is in the way; remove it or choose another -o", null);
                }
                Path temp = createTemp(fileName);
                OutputStream s = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                pending.add(new Pending(temp, target, s));
                return s;
            } catch (IOException e) {
                throw new OutputException(target, "cannot write: " + e.getMessage(), e);
            }
        }

        /** Closes every stream and moves every file into place. */
        List<Path> commit() throws OutputException {
            for (Pending p : pending) {
                try {
                    p.stream.close();
                } catch (IOException e) {
                    throw new OutputException(p.target, "cannot write: " + e.getMessage(), e);
                }
            }
            List<Path> written = new ArrayList<>();
            for (Pending p : pending) {
                try {
                    try {
                        Files.move(p.temp, p.target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(p.temp, p.target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    written.add(p.target);
                } catch (IOException e) {
                    throw new OutputException(p.target, "cannot write: " + e.getMessage(), e);
                }
            }
            committed = true;
            return written;
        }

        /** Without a commit, deletes every temporary file. */
        @Override
        public void close() {
            if (committed) {
                return;
            }
            for (Pending p : pending) {
                try {
                    p.stream.close();
                } catch (IOException ignored) {
                    // the file is deleted next; nothing to keep
                }
                try {
                    Files.deleteIfExists(p.temp);
                } catch (IOException ignored) {
                    // best effort: a stray .part file is hidden and named as such
                }
            }
        }
    }
}
