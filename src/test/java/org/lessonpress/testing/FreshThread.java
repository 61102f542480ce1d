package org.lessonpress.testing;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs work on a new thread, where nothing a thread keeps (parsed fonts, style sheets) has been kept yet. */
public final class FreshThread {
    private FreshThread() {
    }

    public static <T> T call(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
