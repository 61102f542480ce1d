package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What tells the manifest that a file on disk is still the one a run wrote, once its time has changed (a CI cache
 * restored it, a copy kept the bytes): the file's SHA-256 when the run computed one for its report, else a 64-bit
 * checksum, CRC-32C and CRC-32 of the bytes, written {@code crc:} and 16 hex digits. The checksum is computed in
 * the CPU's own instructions; SHA-256 runs at about 90 MB/s under the launcher's quick JIT tier (it has no SHA
 * intrinsic) and was a twentieth of a batch's time, for a check that guards against accidents, not forgers: the
 * manifest beside the files is a plain file anyone can edit.
 */
final class FileHash {
    private static final String CRC = "crc:";

    private FileHash() {
    }

    /** Hashes bytes as they are written: always the checksum, SHA-256 too when asked for. */
    static final class Running {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private final MessageDigest sha256;

        Running(boolean sha256) {
            this.sha256 = sha256 ? sha256Digest() : null;
        }

        void update(byte[] b, int off, int len) {
            crc32c.update(b, off, len);
            crc32.update(b, off, len);
            if (sha256 != null) {
                sha256.update(b, off, len);
            }
        }

        void update(int b) {
            crc32c.update(b);
            crc32.update(b);
            if (sha256 != null) {
                sha256.update((byte) b);
            }
        }

        /** The checksum, {@code crc:} and 16 hex digits. */
        String checksum() {
            HexFormat hex = HexFormat.of();
            return CRC + hex.toHexDigits((int) crc32c.getValue()) + hex.toHexDigits((int) crc32.getValue());
        }

        /** The SHA-256 in hex, or null when it was not asked for. Once only. */
        String sha256() {
            return sha256 == null ? null : HexFormat.of().formatHex(sha256.digest());
        }
    }

    /** What the manifest records for a written file: its SHA-256 when known, else its checksum. */
    static String recorded(String sha256, String checksum) {
        return sha256 != null ? sha256 : checksum;
    }

    /** The SHA-256 a recorded hash is, or null when it is a checksum. */
    static String sha256Of(String recorded) {
        return recorded.startsWith(CRC) ? null : recorded;
    }

    /** Whether {@code file}'s bytes are the ones {@code recorded} (either kind) was made from. */
    static boolean matches(Path file, String recorded) throws IOException {
        boolean crc = recorded.startsWith(CRC);
        Running r = read(file, !crc);
        return (crc ? r.checksum() : r.sha256()).equals(recorded);
    }

    /** The SHA-256 of a file, in hex. */
    static String sha256(Path file) throws IOException {
        return read(file, true).sha256();
    }

    private static Running read(Path file, boolean sha256) throws IOException {
        Running r = new Running(sha256);
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                r.update(buf, 0, n);
            }
        }
        return r;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
