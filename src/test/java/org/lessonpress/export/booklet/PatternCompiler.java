package org.lessonpress.export.booklet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Compiles the XML pattern files of {@code com.itextpdf:hyph} (on the test class path) into the small text files
 * that {@link Hyphenator} reads: the file's header comments (its licence) kept as {@code #} lines, then the letter
 * classes, exceptions and patterns as space-separated tokens. Run after changing {@link #LANGUAGES} or the hyph
 * version; {@code CompiledPatternsTest} fails while the checked-in files differ from what this writes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.lessonpress.export.booklet.PatternCompiler src/main/resources
 * </pre>
 */
public final class PatternCompiler {
    /**
     * The pattern files shipped (see THIRD-PARTY-NOTICES.md): the languages lessonpress supports, and others whose
     * headers clearly permit redistribution. Left out: en_GB (the same patterns as en_US), cs and sk (GPL), hu (no licence stated), uk (its header carries
     * a to-do marker that the source checks forbid in src/main).
     */
    static final List<String> LANGUAGES = List.of("en_US", "de", "fr", "pl", "ru", "el", "tr", "es", "it", "nl",
            "pt", "ca", "da", "fi", "sv");
    static final String SOURCE = "com/itextpdf/hyph/";
    static final String VERSION = "com.itextpdf:hyph 9.6.0";

    private PatternCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources").resolve(Hyphenator.ROOT);
        Files.createDirectories(dir);
        for (String name : LANGUAGES) {
            Files.writeString(dir.resolve(name + ".pat"), compile(name), StandardCharsets.UTF_8);
        }
    }

    static String compile(String name) {
        Document doc;
        try (InputStream in = PatternCompiler.class.getClassLoader().getResourceAsStream(SOURCE + name + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("no pattern file " + SOURCE + name + ".xml");
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Hyphenation patterns '").append(name).append("', compiled by PatternCompiler from ").append(SOURCE)
                .append(name).append(".xml (").append(VERSION).append(").\n")
                .append("# Changed by the lessonpress project in 2026 in form only, from XML to these plain lists so that\n")
                .append("# they load fast; classes, exceptions and patterns are those of the XML file, unchanged.\n")
                .append("# The comments of that file, which state its origin and licence, follow unchanged.\n");
        List<String> comments = new ArrayList<>();
        collectComments(doc, comments);
        for (String c : comments) {
            for (String line : c.split("\\R", -1)) {
                out.append("#").append(line.isBlank() ? "" : " " + line.stripTrailing()).append('\n');
            }
        }
        Element root = doc.getDocumentElement();
        section(out, "classes", tokens(text(root, "classes", false)));
        section(out, "exceptions", tokens(text(root, "exceptions", true)));
        section(out, "patterns", tokens(text(root, "patterns", false)));
        return out.toString();
    }

    /** Every comment of the file (headers, and notes inside the lists that may continue them), in document order. */
    private static void collectComments(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.COMMENT_NODE) {
                out.add(n.getNodeValue().strip());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                collectComments(n, out);
            }
        }
    }

    /** The text of the first element of that name; in exceptions a {@code <hyphen/>} element is a break, "-". */
    private static String text(Element root, String name, boolean hyphens) {
        var list = root.getElementsByTagName(name);
        if (list.getLength() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        appendText(list.item(0), hyphens, sb);
        return sb.toString();
    }

    private static void appendText(Node node, boolean hyphens, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                if (hyphens && n.getNodeName().equals("hyphen")) {
                    sb.append('-');
                } else {
                    appendText(n, hyphens, sb);
                }
            }
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static void section(StringBuilder out, String name, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        out.append('@').append(name).append('\n');
        int col = 0;
        for (String t : tokens) {
            if (col > 0 && col + 1 + t.length() > 100) {
                out.append('\n');
                col = 0;
            }
            if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(t);
            col += t.length();
        }
        out.append('\n');
    }
}
