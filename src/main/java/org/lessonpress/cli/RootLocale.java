package org.lessonpress.cli;

import java.util.Locale;

/**
 * The JVM's default locale pinned to {@link Locale#ROOT} while lessonpress runs. Libraries format numbers with the
 * default locale (OpenPDF writes a PDF's cross-reference table with it: Arabic-Indic digits under ar_EG, a file qpdf
 * calls damaged), and the same input must give the same bytes on every machine. Runs may overlap (tests, embedding):
 * the first to start saves the locale the JVM had, the last to end puts it back.
 */
final class RootLocale {
    private static int running;
    private static Locale savedDefault;
    private static Locale savedFormat;
    private static Locale savedDisplay;

    private RootLocale() {
    }

    static synchronized void enter() {
        if (running++ == 0) {
            savedDefault = Locale.getDefault();
            savedFormat = Locale.getDefault(Locale.Category.FORMAT);
            savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        }
        pin();
    }

    static synchronized void exit() {
        if (--running == 0) {
            Locale.setDefault(savedDefault);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    /** Sets the default and both categories to the root locale (for the whole process in {@link Main}). */
    static void pin() {
        Locale.setDefault(Locale.ROOT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ROOT);
    }
}
