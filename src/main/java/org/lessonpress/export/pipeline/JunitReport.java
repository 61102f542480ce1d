package org.lessonpress.export.pipeline;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lessonpress.Diagnostic;

/**
 * {@code --junit FILE.xml}: the Ant JUnit XML that Jenkins, GitLab and most CI systems read (valid against the
 * common schema, windyroad/JUnit-Schema). One test suite per input, one test case per format of it (classname: the
 * input; name: the format). An error in the input or the format is a {@code <failure>} (an internal error an
 * {@code <error>}); warnings are listed in the suite's {@code <system-err>}, and are failures under {@code --strict}.
 * The files written are listed in {@code <system-out>}.
 */
final class JunitReport {
    private JunitReport() {
    }

    static byte[] write(List<InputResult> results, Shard shard, Instant started, String hostname) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            String timestamp = LocalDateTime.ofInstant(started.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString();
            if (timestamp.length() == 16) {
                timestamp += ":00"; // LocalDateTime leaves out zero seconds; the schema wants them
            }
            int id = 0;
            for (InputResult r : results) {
                suite(x, r, id++, shard, timestamp, hostname);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
        return bytes.toByteArray();
    }

    private static void suite(XMLStreamWriter x, InputResult r, int id, Shard shard, String timestamp, String hostname)
            throws XMLStreamException {
        int failures = 0;
        int errors = 0;
        long millis = 0;
        for (ProductResult p : r.products()) {
            millis += p.millis();
            if (p.failed()) {
                if (p.failure() != null && p.failure().kind() == Failure.Kind.INTERNAL) {
                    errors++;
                } else {
                    failures++;
                }
            }
        }
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(r.input().name()));
        x.writeAttribute("package", "lessonpress");
        x.writeAttribute("id", Integer.toString(id));
        x.writeAttribute("tests", Integer.toString(r.products().size()));
        x.writeAttribute("failures", Integer.toString(failures));
        x.writeAttribute("errors", Integer.toString(errors));
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", seconds(millis));
        x.writeAttribute("timestamp", timestamp);
        x.writeAttribute("hostname", clean(hostname));
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "tool", DependencyKey.version());
        if (shard != null) {
            property(x, "shard", shard.toString());
        }
        x.writeEndElement();
        List<String> written = new ArrayList<>();
        LinkedHashSet<String> warnings = new LinkedHashSet<>();
        for (ProductResult p : r.products()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("name", p.format());
            x.writeAttribute("classname", clean(r.input().name()));
            x.writeAttribute("time", seconds(p.millis()));
            if (p.failed()) {
                boolean internal = p.failure() != null && p.failure().kind() == Failure.Kind.INTERNAL;
                x.writeStartElement(internal ? "error" : "failure");
                x.writeAttribute("type", p.failure() == null ? "error" : p.failure().kind().name().toLowerCase(Locale.ROOT));
                x.writeAttribute("message", clean(p.failure() == null ? "failed" : p.failure().line()));
                x.writeCharacters(clean(String.join("\n", p.diagnostics().stream().map(Diagnostic::format).toList())));
                x.writeEndElement();
            } else {
                p.files().forEach(f -> written.add(f.shown() + (p.status() == ProductResult.Status.UP_TO_DATE ? " (up to date)" : "")));
            }
            p.diagnostics().stream().filter(d -> !d.isError()).forEach(d -> warnings.add(d.format()));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeStartElement("system-out");
        x.writeCharacters(clean(String.join("\n", written)));
        x.writeEndElement();
        x.writeCharacters("\n    ");
        x.writeStartElement("system-err");
        x.writeCharacters(clean(String.join("\n", warnings)));
        x.writeEndElement();
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The text with every character XML 1.0 cannot hold (control characters, lone surrogates) shown as U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            sb.appendCodePoint(ok ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
