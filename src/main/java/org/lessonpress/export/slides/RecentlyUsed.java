package org.lessonpress.export.slides;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps its {@code size} most recently used entries: what a thread keeps from one deck for the next. */
final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
    private final int size;

    RecentlyUsed(int size) {
        super(16, 0.75f, true);
        this.size = size;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
    }
}
