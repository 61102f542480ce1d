package org.lessonpress.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.LessonDocument;

/**
 * The {@code json} reader: lessonpress's own JSON export read back, so a model can go out to another tool and come
 * back exactly (model → JSON → model is the identity). Its lines and source name are the original file's; the
 * messages about it name lines of the JSON file.
 */
public final class JsonReader implements Reader {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "lessonpress JSON (format " + JsonModel.FORMAT + ", what 'export -f json' writes), read back exactly";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    /** Certain when the first object names the format; likely for anything that opens with a brace. */
    @Override
    public int sniff(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!s.startsWith("{")) {
            return 0;
        }
        return s.contains("\"format\"") && s.contains("\"" + JsonModel.FORMAT + "\"") ? 95 : 40;
    }

    @Override
    public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            String text = SourceText.decode(name, bytes, "a UTF-8 JSON file");
            if (text.isBlank()) {
                throw BadInputException.at(name, 1, "the file is empty; a lessonpress JSON export is one object");
            }
            JsonModel model = new JsonModel(name, diagnostics);
            LessonDocument doc = model.document(JsonTree.parse(name, text));
            return ModelCheck.apply(Readers.result(name, doc, diagnostics),
                    Places.of(text).withFields(model.fieldLines).withElements(model.lines));
        } catch (BadInputException e) {
            diagnostics.add(e.diagnostic());
            return Readers.result(name, null, diagnostics);
        }
    }
}
