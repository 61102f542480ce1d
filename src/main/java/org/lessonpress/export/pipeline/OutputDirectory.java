package org.lessonpress.export.pipeline;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place a run writes files. The files of one input are a {@link Batch}: each is written to a hidden
 * {@code .NAME.PID-N.part} file beside its target and all are moved into place together, only when every format of
 * the input succeeded; otherwise the staged files go and the earlier outputs stay. A replaced file keeps its
 * permissions. {@link #interrupt} (the shutdown hook on Ctrl-C or SIGTERM) lets a commit in progress finish, then
 * removes every staged file and refuses new ones. Staged files that an earlier, interrupted process left behind are
 * removed the first time a run writes into their folder.
 */
public final class OutputDirectory {
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final Pattern PART = Pattern.compile("\\..+\\.(\\d+)-\\d+\\.part");

    private final Path root;
    private final boolean sha256;
    private final Path shown;
    private final boolean posix;
    /** Held while files are staged, committed or swept, so the shutdown hook never sees half a commit. */
    private final Object lock = new Object();
    private final Set<Batch> open = ConcurrentHashMap.newKeySet();
    private final Set<Path> prepared = ConcurrentHashMap.newKeySet();
    private final Set<Path> tidied = ConcurrentHashMap.newKeySet();
    private final List<String> leftovers = new ArrayList<>();
    private final List<Written> committed = new ArrayList<>();
    private boolean interrupted;

    /** @param dir the output folder as the user wrote it (it is printed that way) */
    public OutputDirectory(Path dir) {
        this(dir, true);
    }

    /**
     * The output folder {@code dir}; the files written are hashed with SHA-256 only when {@code sha256} (a report
     * lists it), and always with {@link FileHash}'s checksum.
     */
    public OutputDirectory(Path dir, boolean sha256) {
        this.sha256 = sha256;
        this.shown = dir;
        this.root = dir.toAbsolutePath().normalize();
        this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public Path root() {
        return root;
    }

    /** An output's path as printed: the output folder as written, then the path below it. */
    public String shown(String relative) {
        return shown.resolve(relative).toString();
    }

    /** The file at {@code relative} below the root; never outside it. */
    Path resolve(String relative) throws OutputException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new OutputException(shown(relative), "refusing to write outside " + shown, null);
        }
        return target;
    }

    /** The last temporary-file number used in this process (for tests). */
    public static long lastSerial() {
        return SERIAL.get();
    }

    /** Leftover staged files of interrupted runs removed so far, as printed. */
    public List<String> leftoversRemoved() {
        synchronized (leftovers) {
            return List.copyOf(leftovers);
        }
    }

    /** Every file committed so far in this run, in the order they were moved into place. */
    public List<Written> committed() {
        synchronized (lock) {
            return List.copyOf(committed);
        }
    }

    public Batch batch() {
        Batch b = new Batch();
        open.add(b);
        return b;
    }

    /**
     * Stops all writing for good: waits for a commit in progress, then deletes every staged file. Returns how many
     * staged files it removed.
     */
    public int interrupt() {
        synchronized (lock) {
            interrupted = true;
            int removed = 0;
            for (Batch b : open) {
                removed += b.sweep();
            }
            return removed;
        }
    }

    /** Creates {@code folder} (once per run) and removes the staged files interrupted runs left in it. */
    private void prepare(Path folder, String shownTarget) throws OutputException {
        if (prepared.contains(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputException.of(shownTarget, e);
        }
        removeLeftovers(folder);
        prepared.add(folder);
    }

    /**
     * Removes the staged files interrupted runs left in the existing folders of {@code outputs} (paths below the
     * root), even when this run writes nothing there because everything is up to date.
     */
    public void tidy(java.util.Collection<String> outputs) {
        for (String relative : outputs) {
            Path folder = root.resolve(relative).normalize().getParent();
            if (folder != null && folder.startsWith(root) && Files.isDirectory(folder)) {
                removeLeftovers(folder);
            }
        }
    }

    private void removeLeftovers(Path folder) {
        if (!tidied.add(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (m.matches() && abandoned(p, Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(p);
                    synchronized (leftovers) {
                        leftovers.add(shown.resolve(root.relativize(p)).toString());
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Leftovers are hidden and named as such; failing to tidy them must not fail the export.
        }
    }

    /**
     * Whether a staged file's writer is gone: its process has ended, or the process now holding that id started
     * after the file was last written (the id was reused). A live writer's files, this process's included, stay.
     */
    private static boolean abandoned(Path part, long pid) throws IOException {
        Optional<ProcessHandle> writer = ProcessHandle.of(pid);
        if (writer.isEmpty() || !writer.get().isAlive()) {
            return true;
        }
        FileTime written = Files.getLastModifiedTime(part);
        return writer.get().info().startInstant().map(start -> start.isAfter(written.toInstant())).orElse(false);
    }

    /** A file written and moved into place: its SHA-256 (null when not asked for) and its checksum. */
    public record Written(String relative, String shown, long bytes, String sha256, String checksum, long modified) {
    }

    /**
     * Writes a whole small file of the run's own (the manifest, a report) through a staged file and one move, even
     * after {@link #interrupt}: the shutdown hook records what was committed before the signal.
     */
    void writeWhole(String relative, byte[] content) throws OutputException {
        String shownTarget = shown(relative);
        Path target = resolve(relative);
        prepare(target.getParent(), shownTarget);
        Path temp = null;
        try {
            temp = createTemp(target);
            Files.write(temp, content);
            if (posix && Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // hidden, named as a staged file, and removed by the next run
                }
            }
            throw OutputException.of(shownTarget, e);
        }
    }

    /** The files of one input, staged until {@link #commit}. */
    public final class Batch {
        private record Staged(String relative, String shown, Path temp, Path target, StagingStream stream) {
        }

        private final List<Staged> staged = new ArrayList<>();
        private volatile OutputException writeFailure;
        private boolean done;

        private Batch() {
        }

        /** A stream for the file at {@code relative} below the output folder. */
        public OutputStream open(String relative) throws OutputException {
            String shownTarget = shown(relative);
            Path target = resolve(relative);
            prepare(target.getParent(), shownTarget);
            if (Files.isDirectory(target)) {
                throw new OutputException(shownTarget, "a folder is in the way; remove it or choose another -o", null);
            }
            synchronized (lock) {
                if (interrupted || done) {
                    throw new OutputException(shownTarget, "the run was interrupted", null);
                }
                try {
                    Path temp = createTemp(target);
                    StagingStream s = new StagingStream(Files.newOutputStream(temp), shownTarget, this, sha256);
                    staged.add(new Staged(relative, shownTarget, temp, target, s));
                    return s;
                } catch (IOException e) {
                    throw OutputException.of(shownTarget, e);
                }
            }
        }

        /** The first write that failed, if any: an exporter may have wrapped it in another exception. */
        public Optional<OutputException> writeFailure() {
            return Optional.ofNullable(writeFailure);
        }

        /** Moves every staged file into place, keeping the permissions of the files it replaces. */
        public List<Written> commit() throws OutputException {
            synchronized (lock) {
                if (interrupted) {
                    throw new OutputException(staged.isEmpty() ? shown.toString() : staged.get(0).shown(), "the run was interrupted", null);
                }
                try {
                    for (Staged s : staged) {
                        try {
                            s.stream().close();
                        } catch (IOException e) {
                            throw OutputException.of(s.shown(), e);
                        }
                        if (writeFailure != null) {
                            throw writeFailure;
                        }
                        if (Files.isDirectory(s.target())) {
                            throw new OutputException(s.shown(), "a folder is in the way; remove it or choose another -o", null);
                        }
                        keepPermissions(s);
                    }
                    List<Written> written = new ArrayList<>();
                    for (Staged s : staged) {
                        move(s);
                        Written w = new Written(s.relative(), s.shown(), s.stream().count(), s.stream().hash().sha256(),
                                s.stream().hash().checksum(), modified(s.target()));
                        written.add(w);
                        committed.add(w);
                    }
                    return written;
                } finally {
                    done = true;
                    sweep();
                    open.remove(this);
                }
            }
        }

        /** Drops every staged file; the earlier outputs stay as they were. */
        public void discard() {
            synchronized (lock) {
                done = true;
                sweep();
                open.remove(this);
            }
        }

        /** Closes and deletes what is still staged; returns how many files it deleted. */
        private int sweep() {
            int removed = 0;
            for (Staged s : staged) {
                try {
                    s.stream().close();
                } catch (IOException ignored) {
                    // the file is deleted next; nothing to keep
                }
                try {
                    if (Files.deleteIfExists(s.temp())) {
                        removed++;
                    }
                } catch (IOException ignored) {
                    // a stray .part file is hidden, named as such, and removed by the next run
                }
            }
            return removed;
        }

        private void keepPermissions(Staged s) throws OutputException {
            if (!posix || !Files.isRegularFile(s.target())) {
                return;
            }
            try {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(s.target());
                Files.setPosixFilePermissions(s.temp(), mode);
            } catch (IOException e) {
                throw OutputException.of(s.shown(), e);
            }
        }

        private void move(Staged s) throws OutputException {
            try {
                try {
                    Files.move(s.temp(), s.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw OutputException.of(s.shown(), e);
            }
        }

        private long modified(Path target) {
            try {
                return Files.getLastModifiedTime(target).toMillis();
            } catch (IOException e) {
                return 0; // the manifest then finds the time changed and compares the bytes
            }
        }

        private void failed(OutputException e) {
            if (writeFailure == null) {
                writeFailure = e;
            }
        }
    }

    /**
     * A new, empty {@code .NAME.PID-N.part} beside the target. Files.createTempFile would do, but it seeds a
     * SecureRandom for the name, a noticeable part of a short run; the process id and a counter are unique enough,
     * and CREATE_NEW (used by createFile) never reuses a file that exists.
     */
    private Path createTemp(Path target) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + pid + "-" + SERIAL.incrementAndGet() + ".part");
            try {
                return posix
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // A leftover of an earlier process with the same id: try the next number.
            }
        }
    }

    /**
     * Buffers, counts and hashes what an exporter writes, and turns a failed write into an {@link OutputException}
     * naming the target (recorded in the batch too, in case the exporter wraps it).
     */
    private static final class StagingStream extends FilterOutputStream {
        private final String target;
        private final Batch batch;
        private final FileHash.Running hash;
        private long count;
        private boolean closed;

        StagingStream(OutputStream file, String target, Batch batch, boolean sha256) {
            super(new BufferedOutputStream(file, 1 << 16));
            this.target = target;
            this.batch = batch;
            this.hash = new FileHash.Running(sha256);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw fail(e);
            }
            hash.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
            hash.update(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        private OutputException fail(IOException e) {
            OutputException o = OutputException.of(target, e);
            batch.failed(o);
            return o;
        }

        long count() {
            return count;
        }

        FileHash.Running hash() {
            return hash;
        }
    }
}
