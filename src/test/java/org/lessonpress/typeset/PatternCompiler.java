package org.lessonpress.typeset;

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
 * Compiles TeX hyphenation patterns into the small text files that {@link Hyphenator} reads: the source's header
 * comments (its licence) kept as {@code #} lines, then the letter classes, exceptions and patterns as
 * space-separated tokens. The sources are the maintained hyph-utf8 files of TeX Live where their licence is explicit
 * ({@code src/test/resources/hyph-utf8/}, see {@link #HYPH_UTF8}), else the XML files of {@code com.itextpdf:hyph}
 * (on the test class path). Run after changing {@link #LANGUAGES} or the hyph
 * version; {@code CompiledPatternsTest} fails while the checked-in files differ from what this writes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.lessonpress.typeset.PatternCompiler src/main/resources
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
    /**
     * Languages compiled from hyph-utf8 (TeX Live 2022, Debian's texlive-lang-* 2022.20230122), by their hyph-utf8
     * tag: US English (Gerard Kuiken's patterns with Knuth's, all-permissive), French (MIT), Italian (LPPL 1.3 or
     * MIT), Dutch (LPPL) and monotonic Greek (LPPL). Their older versions in com.itextpdf:hyph state no licence,
     * and its English ones are British.
     */
    static final java.util.Map<String, String> HYPH_UTF8 = java.util.Map.of("en_US", "en-us", "fr", "fr", "it", "it",
            "nl", "nl", "el", "el-monoton");
    static final String HYPH_UTF8_SOURCE = "hyph-utf8/";

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
        return HYPH_UTF8.containsKey(name) ? compileTex(name, HYPH_UTF8.get(name)) : compileXml(name);
    }

    /** The hyph-utf8 file of a language ({@code hyph-fr.tex}), from the test class path. */
    static String texSource(String tag) {
        try (InputStream in = PatternCompiler.class.getClassLoader().getResourceAsStream(HYPH_UTF8_SOURCE + "hyph-" + tag + ".tex")) {
            if (in == null) {
                throw new IllegalArgumentException("no pattern file " + HYPH_UTF8_SOURCE + "hyph-" + tag + ".tex");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens of a TeX group such as {@code \patterns{...}}, without TeX comments; empty when there is none. */
    static List<String> texGroup(String tex, String command) {
        int start = tex.indexOf("\\" + command + "{");
        if (start < 0) {
            return List.of();
        }
        StringBuilder body = new StringBuilder();
        int i = tex.indexOf('{', start) + 1;
        for (String line : tex.substring(i).split("\\R", -1)) {
            int pct = line.indexOf('%');
            String code = pct >= 0 ? line.substring(0, pct) : line;
            int close = code.indexOf('}');
            if (close >= 0) {
                body.append(code, 0, close);
                break;
            }
            body.append(code).append('\n');
        }
        return tokens(body.toString());
    }

    private static String compileTex(String name, String tag) {
        String tex = texSource(tag);
        StringBuilder out = new StringBuilder();
        out.append("# Hyphenation patterns '").append(name).append("', compiled by PatternCompiler from hyph-").append(tag)
                .append(".tex of the hyph-utf8 package (TeX Live 2022).\n")
                .append("# Changed by the lessonpress project in 2026 in form only, from TeX to these plain lists so that\n")
                .append("# they load fast; exceptions and patterns are those of the TeX file, unchanged.\n")
                .append("# The header of that file, which states its origin and licence, follows unchanged.\n");
        for (String line : tex.split("\\R", -1)) {
            if (!line.startsWith("%")) {
                break;
            }
            String c = line.substring(1).stripTrailing();
            out.append("#").append(c.isBlank() ? "" : (c.startsWith(" ") ? c : " " + c)).append('\n');
        }
        section(out, "exceptions", texGroup(tex, "hyphenation"));
        section(out, "patterns", texGroup(tex, "patterns"));
        return out.toString();
    }

    private static String compileXml(String name) {
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
