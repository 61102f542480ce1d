package org.lessonpress.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML read as a flat map of dotted keys to raw values (strings or lists of strings), each with its source line.
 * Used for themes and the font catalogue, and by the lesson loader for front matter, so every message can name
 * the line. Duplicate keys, anchors used as bombs and non-scalar list items are errors.
 */
public final class YamlTree {

    /** A leaf: {@code value} is a String or a List of Strings; {@code line} is 1-based in the file. */
    public record Leaf(String path, Object value, int line) {
    }

    private YamlTree() {
    }

    /**
     * Parses {@code text} and flattens nested mappings into dotted keys.
     *
     * @param file       name used in messages
     * @param lineOffset added to every line (front matter starts after the opening {@code ---})
     * @param maxDepth   mappings nested deeper than this are an error
     */
    public static Map<String, Leaf> flatten(String text, String file, int lineOffset, int maxDepth) {
        return flatten(text, file, lineOffset, maxDepth, false);
    }

    /**
     * As {@link #flatten(String, String, int, int)}; with {@code entries}, a list of mappings is flattened too, each
     * item under its 1-based number: {@code overrides[1].match} (for project files; theme lists stay plain values).
     */
    public static Map<String, Leaf> flatten(String text, String file, int lineOffset, int maxDepth, boolean entries) {
        Node root = compose(text, file, lineOffset);
        Map<String, Leaf> out = new LinkedHashMap<>();
        if (root == null) {
            return out;
        }
        if (!(root instanceof MappingNode map)) {
            throw BadInputException.at(file, line(root, lineOffset), "expected 'key: value' lines, not a single value or a list");
        }
        walk(map, "", out, file, lineOffset, 1, maxDepth, entries);
        return out;
    }

    private static Node compose(String text, String file, int lineOffset) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(1_000_000)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            return node.orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1 + lineOffset).orElse(lineOffset + 1);
            String problem = e.getProblem() == null ? "is not valid YAML" : e.getProblem();
            throw new BadInputException(Diagnostic.error(file, line, 0, "YAML: " + problem.trim().replace('\n', ' ')
                    + "; check the line above this one too, and quote values that contain ': ' or start with [ { * & ! | > ' \" %"), e);
        } catch (YamlEngineException e) {
            throw new BadInputException(Diagnostic.error(file, lineOffset + 1, 0, "YAML: " + e.getMessage()), e);
        }
    }

    private static void walk(MappingNode map, String prefix, Map<String, Leaf> out, String file, int offset,
                             int depth, int maxDepth, boolean entries) {
        if (depth > maxDepth) {
            throw BadInputException.at(file, line(map, offset), "mappings are nested too deeply (more than " + maxDepth + " levels)");
        }
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw BadInputException.at(file, line(keyNode, offset), "keys must be plain words");
            }
            String path = prefix + keyScalar.getValue();
            Node value = tuple.getValueNode();
            if (out.containsKey(path) || out.keySet().stream().anyMatch(k -> k.startsWith(path + ".") || k.startsWith(path + "["))) {
                throw BadInputException.at(file, line(keyNode, offset), "'" + path + "' is set twice; keep one");
            }
            if (entries && value instanceof MappingNode inner && inner.getValue().isEmpty()) {
                out.put(path, new Leaf(path, List.of(), line(keyNode, offset))); // '{}': kept, so a misspelt key is still seen
            } else if (value instanceof MappingNode inner) {
                walk(inner, path + ".", out, file, offset, depth + 1, maxDepth, entries);
            } else if (entries && value instanceof SequenceNode seq && !seq.getValue().isEmpty()
                    && seq.getValue().get(0) instanceof MappingNode) {
                int n = 0;
                for (Node item : seq.getValue()) {
                    if (!(item instanceof MappingNode entry)) {
                        throw BadInputException.at(file, line(item, offset), "'" + path + "' must be a list of 'key: value' entries");
                    }
                    if (entry.getValue().isEmpty()) {
                        out.put(path + "[" + (n + 1) + "]", new Leaf(path + "[" + (n + 1) + "]", List.of(), line(item, offset)));
                    }
                    walk(entry, path + "[" + ++n + "].", out, file, offset, depth + 1, maxDepth, entries);
                }
            } else if (value instanceof SequenceNode seq) {
                List<String> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    if (!(item instanceof ScalarNode s)) {
                        throw BadInputException.at(file, line(item, offset), "'" + path + "' must be a list of plain values");
                    }
                    items.add(s.getValue());
                }
                out.put(path, new Leaf(path, List.copyOf(items), line(keyNode, offset)));
            } else if (value instanceof ScalarNode s) {
                out.put(path, new Leaf(path, s.getValue(), line(keyNode, offset)));
            }
        }
    }

    private static int line(Node node, int offset) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1 + offset;
    }
}
