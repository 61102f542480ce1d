package org.lessonpress.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;

/**
 * JSON text as a tree of values, each with the line and column it starts at, read with Jackson's streaming parser
 * (the json exporter's library). Nesting deeper than {@link #MAX_DEPTH} and duplicate keys are errors.
 */
final class JsonTree {
    /** Deeper than any export: blocks nested to their limit with inlines nested to theirs. */
    static final int MAX_DEPTH = 256;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A value and where it starts. */
    sealed interface Value {
        int line();

        int column();
    }

    record Obj(Map<String, Value> fields, int line, int column) implements Value {
    }

    record Arr(List<Value> items, int line, int column) implements Value {
    }

    record Str(String text, int line, int column) implements Value {
    }

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record Num(String text, boolean integral, int line, int column) implements Value {
    }

    record Bool(boolean value, int line, int column) implements Value {
    }

    record Null(int line, int column) implements Value {
    }

    private final String file;
    private final JsonParser parser;

    private JsonTree(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    static Value parse(String file, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(file, p);
            if (p.nextToken() == null) {
                throw BadInputException.at(file, 1, "the file is empty; a lessonpress JSON export is one object");
            }
            Value v = tree.value(0);
            if (p.nextToken() != null) {
                throw tree.error(p.currentTokenLocation(), "more JSON after the end of the first value; a JSON export is one object");
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getOriginalMessage().lines().findFirst().orElse("not JSON");
            throw new BadInputException(Diagnostic.error(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()), "JSON: " + why + "; check the JSON syntax here"));
        } catch (IOException e) {
            throw BadInputException.at(file, 1, "cannot read the JSON: " + e.getMessage());
        }
    }

    private Value value(int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw error(at, "JSON nested more than " + MAX_DEPTH + " levels deep; no lessonpress export is");
        }
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (fields.put(key, value(depth + 1)) != null) {
                        throw error(keyAt, "the key '" + key + "' appears twice in this object; keep one");
                    }
                }
                return new Obj(fields, line, col);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(depth + 1));
                }
                return new Arr(items, line, col);
            }
            case VALUE_STRING -> {
                return new Str(parser.getText(), line, col);
            }
            case VALUE_NUMBER_INT -> {
                return new Num(parser.getText(), true, line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(parser.getText(), false, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(t == JsonToken.VALUE_TRUE, line, col);
            }
            case VALUE_NULL -> {
                return new Null(line, col);
            }
            default -> throw error(at, "unexpected " + t);
        }
    }

    private BadInputException error(JsonLocation at, String message) {
        return new BadInputException(Diagnostic.error(file, (int) at.getLineNr(), (int) at.getColumnNr(), message));
    }
}
