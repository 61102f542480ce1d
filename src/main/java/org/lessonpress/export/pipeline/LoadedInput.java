package org.lessonpress.export.pipeline;

import org.lessonpress.Diagnostic;
import org.lessonpress.load.LessonLoader;

/**
 * An input read once into memory and loaded: the model, its diagnostics and the SHA-256 of the very bytes the model
 * came from (for the incremental manifest and the output's IDs).
 *
 * @param bytes what was read; empty when it could not be read
 */
public record LoadedInput(InputFile input, byte[] bytes, LessonLoader.Result result) {

    static LoadedInput unreadable(InputFile input, Diagnostic problem) {
        return new LoadedInput(input, new byte[0], new LessonLoader.Result(input.name(), null, java.util.List.of(problem)));
    }

    public boolean ok() {
        return result.ok();
    }
}
