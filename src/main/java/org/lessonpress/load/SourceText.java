package org.lessonpress.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;

/** Turns the raw bytes of an input into text, refusing binary data and anything that is not UTF-8. */
final class SourceText {
    private SourceText() {
    }

    /** The text, line ends made {@code \n}; {@code expected} names what to give instead ("a UTF-8 Markdown file"). */
    static String decode(String file, byte[] bytes, String expected) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new BadInputException(Diagnostic.error(file, lineAt(bytes, nul), 0,
                    "binary data (a NUL byte), not a lesson file; give " + expected));
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int pos = in.position();
            int lineStart = pos;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            throw new BadInputException(Diagnostic.error(file, lineAt(bytes, pos), pos - lineStart + 1, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[pos] & 0xff)));
        }
        dec.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
