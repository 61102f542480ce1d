package org.lessonpress.cli;

/**
 * POI brings log4j-api without a provider, which prints "could not find a logging provider" on the first log call,
 * and PDFBox logs font fallbacks through commons-logging. lessonpress reports problems itself, so library logging
 * goes to log4j's simple logger at level OFF unless the user configured logging.
 */
final class LogSilencer {
    private LogSilencer() {
    }

    static void install() {
        setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
