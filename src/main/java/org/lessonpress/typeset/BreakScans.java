package org.lessonpress.typeset;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The break opportunities of texts already scanned, shared by everything that sets one document: its formats each
 * measure the same leads and bodies (the booklet, the poster and the cards with the same language and patterns),
 * and a scan depends only on the text, which of its characters are code, the hyphenation patterns and the ties.
 * A text scanned again is answered from the record of the first scan, event for event, so what is set is the same
 * either way; only the measuring of widths, which differs by painter, is done again.
 *
 * <p>Safe to share between threads (the formats of one input run side by side). It holds each distinct text of
 * the document once, so it lives as long as the document's export: the export pipeline makes one per input.
 */
public final class BreakScans {
    private static final int SPACE = 0;
    private static final int LINE_BREAK = 1;
    private static final int WORD = 2;
    private static final int URL_WORD = 3;
    private static final int CUT = 4;
    private static final Ties.Space[] SPACES = Ties.Space.values();

    private final ConcurrentHashMap<Key, int[]> scans = new ConcurrentHashMap<>();

    /** What a scan depends on: the patterns in use (by identity: they are loaded once), the ties, the text. */
    private record Key(Object patterns, String ties, String text, boolean[] literal) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && patterns == k.patterns && ties.equals(k.ties) && text.equals(k.text)
                    && Arrays.equals(literal, k.literal);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(patterns) * 31 + ties.hashCode()) * 31 + text.hashCode() * 7
                    + Arrays.hashCode(literal);
        }
    }

    /** Scans {@code text} with {@code breaks}, or replays the scan of the same text with the same patterns and ties. */
    void scan(BreakOpportunities breaks, String text, boolean[] literal, BreakOpportunities.Sink sink) {
        Key key = new Key(breaks.patterns(), breaks.tiesLanguage(), text, literal.clone());
        int[] events = scans.get(key);
        if (events != null) {
            replay(events, sink);
            return;
        }
        Recorder recorder = new Recorder(sink);
        breaks.scanText(text, literal, recorder);
        scans.putIfAbsent(key, recorder.events());
    }

    /** How many distinct scans are kept (for tests). */
    int size() {
        return scans.size();
    }

    private static void replay(int[] events, BreakOpportunities.Sink sink) {
        for (int i = 0; i < events.length; i += 3) {
            int type = events[i] & 0xff;
            int sub = events[i] >>> 8;
            int a = events[i + 1];
            int b = events[i + 2];
            switch (type) {
                case SPACE -> sink.space(a, b, SPACES[sub]);
                case LINE_BREAK -> sink.lineBreak(a);
                case WORD -> sink.word(a, b, false);
                case URL_WORD -> sink.word(a, b, true);
                case CUT -> sink.cut(a, BreakOpportunities.Cut.ALL[sub]);
                default -> throw new IllegalStateException("unknown scan event " + type);
            }
        }
    }

    /** Passes a scan's events on and keeps them, three ints each: type and kind, then the positions. */
    private static final class Recorder implements BreakOpportunities.Sink {
        private final BreakOpportunities.Sink sink;
        private int[] events = new int[48];
        private int count;

        Recorder(BreakOpportunities.Sink sink) {
            this.sink = sink;
        }

        private void add(int type, int sub, int a, int b) {
            if (count + 3 > events.length) {
                events = Arrays.copyOf(events, events.length * 2);
            }
            events[count++] = type | (sub << 8);
            events[count++] = a;
            events[count++] = b;
        }

        int[] events() {
            return Arrays.copyOf(events, count);
        }

        @Override
        public void space(int start, int end, Ties.Space kind) {
            add(SPACE, kind.ordinal(), start, end);
            sink.space(start, end, kind);
        }

        @Override
        public void lineBreak(int at) {
            add(LINE_BREAK, 0, at, 0);
            sink.lineBreak(at);
        }

        @Override
        public void word(int from, int to, boolean url) {
            add(url ? URL_WORD : WORD, 0, from, to);
            sink.word(from, to, url);
        }

        @Override
        public void cut(int at, BreakOpportunities.Cut kind) {
            add(CUT, kind.ordinal(), at, 0);
            sink.cut(at, kind);
        }
    }
}
