package org.lessonpress.export.pipeline;

/**
 * A shutdown hook for the length of one run: on Ctrl-C or SIGTERM the JVM runs it before it exits, and the run
 * removes its staged files and reports what it had committed. Removed again when the run ends normally, so an
 * in-process caller (a test, a watcher) collects no hooks.
 */
final class Interruption implements AutoCloseable {
    private final Thread hook;

    Interruption(Runnable onSignal) {
        this.hook = new Thread(onSignal, "lessonpress-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs (or ran) and reports
        }
    }
}
