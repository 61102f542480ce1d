package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.testing.LessonTree;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A team's repository of 40 lesson files in nested folders, exported as a CI job would: the tree kept, nothing
 * rewritten that is up to date, shards that add up to the whole, reports a CI system reads.
 */
class ExportTreeTest {
    private static final String FORMATS = "json,cards";

    @TempDir
    Path dir;
    private List<String> files;

    @BeforeEach
    void tree() throws IOException {
        files = LessonTree.write(dir, 40);
    }

    private CliRunner runner() {
        return new CliRunner().env("SOURCE_DATE_EPOCH", "1730419200");
    }

    private CliRunner.Outcome export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "-f", FORMATS));
        all.addAll(List.of(args));
        return runner().run(all.toArray(String[]::new));
    }

    /** Every file below {@code root} but the manifest, by path relative to it. */
    private static Map<String, byte[]> outputs(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.equals(".lessonpress-manifest")) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** Each file's identity (inode) and time: a rewrite, being a new file moved into place, changes both. */
    private static Map<String, String> identities(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(root.relativize(p).toString(), a.fileKey() + "@" + a.lastModifiedTime().toMillis());
            }
        }
        return out;
    }

    private Set<String> expectedOutputs() {
        Set<String> out = new HashSet<>();
        for (String f : files) {
            String stem = f.replaceFirst("\\.md$", "");
            out.add(stem + "-json.json");
            out.add(stem + "-cards.pdf");
        }
        return out;
    }

    @Test
    void aFolderAndAQuotedGlobExportTheWholeTreeWithItsFoldersKept() throws IOException {
        CliRunner.Outcome byFolder = export("-o", dir.resolve("out").toString(), dir.resolve("lessons").toString());
        assertThat(byFolder.code()).as(byFolder.err()).isZero();
        Map<String, byte[]> first = outputs(dir.resolve("out"));
        assertThat(first.keySet()).hasSize(80).isEqualTo(expectedOutputs())
                .contains("team-a/handout-json.json", "team-b/handout-json.json", "team-c/2025/lesson-3-cards.pdf", "lesson-4-json.json");
        assertThat(byFolder.outLines()).as("in path order").hasSize(80).first().asString()
                .matches(java.util.regex.Pattern.quote(dir.resolve("out/lesson-14-json.json").toString()) + "  \\(\\d KB\\)");
        assertThat(byFolder.err().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("lessonpress: 40 inputs, 80 files written, 0 up to date, 0 warnings, 0 errors, ");

        CliRunner.Outcome byGlob = export("-o", dir.resolve("glob").toString(), dir.resolve("lessons") + "/**/*.md");
        assertThat(byGlob.code()).as(byGlob.err()).isZero();
        Map<String, byte[]> second = outputs(dir.resolve("glob"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        second.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(first.get(name)));
    }

    @Test
    void aSecondRunWritesNothingAnEditedInputRewritesOnlyItsOutputsAThemeChangeRewritesAll() throws IOException {
        Path out = dir.resolve("out");
        Path theme = dir.resolve("team.yml");
        Files.writeString(theme, "colors:\n  accent: \"#7a1f5c\"\n");
        String lessons = dir.resolve("lessons").toString();
        assertThat(export("-o", out.toString(), "--theme", theme.toString(), lessons).code()).isZero();
        Map<String, String> before = identities(out);

        CliRunner.Outcome again = export("-o", out.toString(), "--theme", theme.toString(), lessons);
        assertThat(again.code()).isZero();
        assertThat(identities(out)).as("not a file touched, the manifest neither").isEqualTo(before);
        assertThat(again.outLines()).hasSize(80).allMatch(l -> l.endsWith(", up to date)"));
        assertThat(again.err()).contains("lessonpress: 40 inputs, 0 files written, 80 up to date, 0 warnings, 0 errors, ");

        Path edited = dir.resolve("lessons/team-b/handout.md");
        Files.writeString(edited, Files.readString(edited).replace("Ship the first version", "Ship a first version"));
        CliRunner.Outcome one = export("-o", out.toString(), "--theme", theme.toString(), lessons);
        assertThat(one.err()).contains("40 inputs, 2 files written, 78 up to date");
        Map<String, String> after = identities(out);
        List<String> changed = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).sorted().toList();
        assertThat(changed).containsExactly(".lessonpress-manifest", "team-b/handout-cards.pdf", "team-b/handout-json.json");

        Files.writeString(theme, "colors:\n  accent: \"#117733\"\n");
        CliRunner.Outcome all = export("-o", out.toString(), "--theme", theme.toString(), lessons);
        assertThat(all.err()).contains("40 inputs, 80 files written, 0 up to date");
        Map<String, String> retheme = identities(out);
        assertThat(retheme.keySet()).allMatch(k -> !retheme.get(k).equals(after.get(k)));

        assertThat(export("-o", out.toString(), "--theme", theme.toString(), "--force", lessons).err())
                .as("--force").contains("80 files written, 0 up to date");
        Files.delete(out.resolve("team-a/handout-cards.pdf"));
        Files.writeString(out.resolve(".lessonpress-manifest"), "edited by hand\n");
        CliRunner.Outcome repaired = export("-o", out.toString(), "--theme", theme.toString(), lessons);
        assertThat(repaired.code()).isZero();
        assertThat(repaired.err()).contains("warning: it is not a manifest this version of lessonpress reads; every output is made again")
                .contains("80 files written");
        assertThat(out.resolve("team-a/handout-cards.pdf")).exists();
    }

    @Test
    void threeShardsTogetherWriteExactlyTheFilesOfOneRunNoneTwice() throws IOException {
        String lessons = dir.resolve("lessons").toString();
        assertThat(export("-o", dir.resolve("whole").toString(), lessons).code()).isZero();
        Map<String, byte[]> whole = outputs(dir.resolve("whole"));
        Map<String, byte[]> union = new TreeMap<>();
        List<JsonNode> reports = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shardOut = dir.resolve("shard-" + k);
            Path report = dir.resolve("report-" + k + ".json");
            CliRunner.Outcome r = export("-o", shardOut.toString(), "--shard", k + "/3", "--report", report.toString(), lessons);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("lessonpress: shard " + k + "/3: ");
            for (Map.Entry<String, byte[]> e : outputs(shardOut).entrySet()) {
                assertThat(union.put(e.getKey(), e.getValue())).as(e.getKey() + " written by one shard only").isNull();
            }
            reports.add(new ObjectMapper().readTree(report.toFile()));
        }
        assertThat(union.keySet()).isEqualTo(whole.keySet());
        union.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(whole.get(name)));
        List<String> reported = new ArrayList<>();
        reports.forEach(r -> r.get("outputs").forEach(o -> reported.add(o.get("input").asText() + " " + o.get("format").asText())));
        assertThat(reported).as("the shards' reports together list every output once").hasSize(80).doesNotHaveDuplicates();
    }

    @Test
    void theJsonReportAndTheJunitReportListEveryOutputAndTheJunitOneIsValid() throws Exception {
        Path plain = dir.resolve("lessons/team-a/no-leads.md");
        Files.writeString(plain, "---\ntitle: T\n---\n\n1. No bold lead here.\n2. None here either.\n3. Nor here.\n");
        Path broken = dir.resolve("lessons/team-b/broken.md");
        Files.writeString(broken, "---\ntitle: T\n---\n\n1. **A.** a\n\n## S\n\n3. **C.** c\n");
        Path report = dir.resolve("reports/lessonpress.json");
        Path junit = dir.resolve("reports/lessonpress.xml");
        CliRunner.Outcome r = export("-o", dir.resolve("out").toString(), "--report", report.toString(), "--junit", junit.toString(),
                dir.resolve("lessons").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(broken + ":9: error: lesson number 3 follows 1")
                .contains(plain + ":5: warning: lesson 1 has no bold lead").contains("[and 2 more like it (lines 6, 7)");

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("format").asText()).isEqualTo("lessonpress-report/1");
        assertThat(json.get("summary").get("inputs").asInt()).isEqualTo(42);
        assertThat(json.get("summary").get("written").asInt()).isEqualTo(82);
        assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(3);
        JsonNode outputs = json.get("outputs");
        assertThat(outputs).hasSize(84);
        JsonNode first = find(outputs, dir.resolve("lessons/team-a/handout.md").toString(), "json");
        assertThat(outputs.get(0).get("input").asText()).as("path order").isEqualTo(dir.resolve("lessons/lesson-14.md").toString());
        assertThat(first.get("format").asText()).isEqualTo("json");
        assertThat(first.get("status").asText()).isEqualTo("written");
        assertThat(first.get("sha256").asText()).isEqualTo(
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(dir.resolve("out/team-a/handout-json.json")))));
        assertThat(first.get("bytes").asLong()).isEqualTo(Files.size(dir.resolve("out/team-a/handout-json.json")));
        List<JsonNode> failed = new ArrayList<>();
        outputs.forEach(o -> {
            if (o.get("status").asText().equals("failed")) {
                failed.add(o);
            }
        });
        assertThat(failed).hasSize(2).allSatisfy(o -> {
            assertThat(o.get("input").asText()).isEqualTo(broken.toString());
            assertThat(o.get("bytes").isNull()).isTrue();
            assertThat(o.get("diagnostics").get(0).get("line").asInt()).isEqualTo(9);
            assertThat(o.get("diagnostics").get(0).get("severity").asText()).isEqualTo("error");
        });
        JsonNode cards = find(outputs, plain.toString(), "cards");
        assertThat(cards.get("pages").asInt()).isPositive();
        assertThat(cards.get("diagnostics")).hasSize(3);

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit/JUnit.xsd").toFile()).newValidator()
                .validate(new StreamSource(junit.toFile()));
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(84);
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element failure = (Element) failures.item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo(broken.toString());
        assertThat(failure.getAttribute("message")).startsWith(broken + ":9: error: lesson number 3 follows 1");
    }

    /**
     * A run without a report hashes its files with a checksum only (SHA-256 under the quick JIT tier was a twentieth
     * of a batch); a later run with a report still lists every file's true SHA-256, up to date or not.
     */
    @Test
    void aReportAfterARunWithoutOneListsTheSha256OfFilesThatAreUpToDate() throws Exception {
        Path out = dir.resolve("out");
        String lessons = dir.resolve("lessons").toString();
        assertThat(export("-o", out.toString(), lessons).code()).isZero();
        assertThat(Files.readString(out.resolve(".lessonpress-manifest")))
                .as("a checksum, no SHA-256, for each file").contains("\tcrc:").doesNotContainPattern("\t[0-9a-f]{64}\t");

        Path report = dir.resolve("report.json");
        CliRunner.Outcome again = export("-o", out.toString(), "--report", report.toString(), lessons);
        assertThat(again.err()).contains("0 files written, 80 up to date");
        JsonNode outputs = new ObjectMapper().readTree(report.toFile()).get("outputs");
        assertThat(outputs).hasSize(80);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (JsonNode o : outputs) {
            assertThat(o.get("status").asText()).isEqualTo("up-to-date");
            Path file = Path.of(o.get("path").asText());
            assertThat(o.get("sha256").asText()).as(file.toString())
                    .isEqualTo(java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
        }

        Files.delete(out.resolve("team-a/handout-json.json"));
        assertThat(export("-o", out.toString(), "--report", report.toString(), lessons).err()).contains("1 file written, 79 up to date");
        assertThat(Files.readString(out.resolve(".lessonpress-manifest"))).as("a run with a report records the SHA-256")
                .containsPattern("team-a/handout-json.json\\t\\d+\\t[0-9a-f]{64}\\t");
    }

    @Test
    void underStrictAWarningFailsItsInputAndWarningsBecomeJunitFailures() throws Exception {
        Path plain = dir.resolve("lessons/team-a/no-leads.md");
        Files.writeString(plain, "---\ntitle: T\n---\n\n1. No bold lead here.\n");
        Path junit = dir.resolve("junit.xml");
        CliRunner.Outcome r = export("-o", dir.resolve("out").toString(), "--strict", "--junit", junit.toString(), plain.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(plain + ": error: 1 warning under --strict; fix it, or run without --strict");
        assertThat(dir.resolve("out/no-leads-json.json")).doesNotExist();
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(export("-o", dir.resolve("out").toString(), plain.toString()).code()).as("without --strict").isZero();
    }

    @Test
    void aFolderGivesEveryFileAReaderTakesAndFromNarrowsItToThatReaders() throws IOException {
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed.resolve("web"));
        Files.copy(Path.of("samples/conf-lessons-2024.txt"), mixed.resolve("essay.txt"));
        Files.writeString(mixed.resolve("lessons.md"), LessonTree.lessons(3));
        Files.writeString(mixed.resolve("web/notes.png"), "not a reader's");
        CliRunner.Outcome all = runner().run("export", "-f", "json", "-o", dir.resolve("all").toString(), mixed.toString());
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(outputs(dir.resolve("all")).keySet()).containsExactly("essay-json.json", "lessons-json.json");
        CliRunner.Outcome md = runner().run("export", "-f", "json", "--from", "markdown", "-o", dir.resolve("md").toString(), mixed.toString());
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(outputs(dir.resolve("md")).keySet()).containsExactly("lessons-json.json");
    }

    @Test
    void aFontFileOfTheThemeThatChangesRewritesEveryOutput() throws IOException {
        Path themes = dir.resolve("themes");
        Files.createDirectories(themes);
        Files.copy(Path.of("fonts/DejaVuSans.ttf"), themes.resolve("mine.ttf"));
        Path theme = Files.writeString(themes.resolve("own-font.yml"), "fonts:\n  sans: [mine.ttf, Noto Sans]\n");
        Path out = dir.resolve("out");
        List<String> args = List.of("-o", out.toString(), "--theme", theme.toString(), dir.resolve("lessons/team-a").toString());
        assertThat(export(args.toArray(String[]::new)).code()).isZero();
        Map<String, String> first = identities(out);
        CliRunner.Outcome again = export(args.toArray(String[]::new));
        assertThat(again.err()).contains(" 0 files written, 16 up to date");
        assertThat(identities(out)).isEqualTo(first);
        Files.copy(Path.of("fonts/NotoSans-Regular.ttf"), themes.resolve("mine.ttf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRunner.Outcome changed = export(args.toArray(String[]::new));
        assertThat(changed.err()).as("another font under the same name").contains(" 16 files written, 0 up to date");
    }

    @Test
    void aThemesWarningIsPrintedOnceListedWithEveryOutputAndFailsUnderStrict() throws Exception {
        Path nine = dir.resolve("nine.yml");
        Files.writeString(nine, "colors:\n  sections: ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77',"
                + " '#cc6677', '#882255', '#aa4499']\n");
        Path report = dir.resolve("report.json");
        CliRunner.Outcome r = export("-o", dir.resolve("out").toString(), "--theme", nine.toString(), "--report", report.toString(),
                dir.resolve("lessons/team-a").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String warning = nine + ":2: warning: colors.sections: ";
        assertThat(r.err().lines().filter(l -> l.startsWith(warning))).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(", 1 warning, 0 errors, ");
        JsonNode outputs = new ObjectMapper().readTree(report.toFile()).get("outputs");
        assertThat(outputs.size()).isEqualTo(16);
        for (JsonNode o : outputs) {
            assertThat(o.get("diagnostics").toString()).as(o.get("path").asText()).contains("colors.sections: ");
        }
        CliRunner.Outcome strict = export("-o", dir.resolve("strict").toString(), "--theme", nine.toString(), "--strict",
                dir.resolve("lessons/team-a").toString());
        assertThat(strict.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(dir.resolve("strict")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(outputs(p)).isEmpty());
        CliRunner.Outcome quiet = export("-o", dir.resolve("quiet").toString(), "--theme", nine.toString(), "-q",
                dir.resolve("lessons/team-a").toString());
        assertThat(quiet.err().lines()).as("-q: errors and the summary only").singleElement().asString().startsWith("lessonpress: 8 inputs");
    }

    @Test
    void anEmptyFolderOrAGlobThatMatchesNothingExitsWithTwoAndSaysWhich() throws IOException {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        CliRunner.Outcome folder = export(empty.toString());
        assertThat(folder.code()).isEqualTo(ExitCode.USAGE);
        assertThat(folder.firstErrLine()).startsWith("lessonpress: error: " + empty + ": no lesson files (").contains("*.md, ", "*.txt")
                .endsWith(") in this folder or below it");
        CliRunner.Outcome glob = export(dir.resolve("lessons") + "/**/*.markdown");
        assertThat(glob.code()).isEqualTo(ExitCode.USAGE);
        assertThat(glob.firstErrLine()).startsWith("lessonpress: error: '" + dir.resolve("lessons") + "/**/*.markdown' matches no file");
        CliRunner.Outcome none = runner().run("export");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.firstErrLine()).contains("no input given").contains("'lessonpress export --sample'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void twoInputsThatWouldWriteOnePathAreAnErrorNamingBothBeforeAnythingIsWritten() {
        Path out = dir.resolve("out");
        CliRunner.Outcome r = export("-o", out.toString(), "--name", "{stem}-{format}.{ext}", dir.resolve("lessons").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo("lessonpress: error: " + dir.resolve("lessons/team-a/handout.md") + " (json) and "
                + dir.resolve("lessons/team-b/handout.md") + " (json) would both write " + out.resolve("handout-json.json")
                + "; keep their folders ({dir} in --name) or rename one");
        assertThat(out).doesNotExist();
    }

    /**
     * A companion that would land on another input's main file is caught with the main files, before anything is
     * written: {@code a.md}'s imposed booklet (or poster tiles) would overwrite the output of {@code a-imposed.md}
     * (or {@code a-tiles.md}).
     */
    @ParameterizedTest
    @CsvSource({"booklet, --impose, saddle-stitch, imposed", "poster, --tile, A4, tiles"})
    void aCompanionOnAnotherInputsPathIsAUsageErrorNamingBothBeforeAnythingIsWritten(String format, String option,
                                                                                     String value, String qualifier)
            throws IOException {
        Path lessons = dir.resolve("clash");
        Files.createDirectories(lessons);
        Files.writeString(lessons.resolve("a.md"), LessonTree.lessons(1));
        Files.writeString(lessons.resolve("a-" + qualifier + ".md"), LessonTree.lessons(2));
        Path out = dir.resolve("out");
        CliRunner.Outcome r = runner().run("export", "-f", format, option, value, "--name", "{stem}.{ext}",
                "-o", out.toString(), lessons.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo("lessonpress: error: " + lessons.resolve("a-" + qualifier + ".md") + " ("
                + format + ") and " + lessons.resolve("a.md") + " (" + format + ") would both write "
                + out.resolve("a-" + qualifier + ".pdf") + ", the second as its " + qualifier
                + " companion; change --name or rename one input");
        assertThat(r.err().lines().toList()).as("the error and the usage hint, no stack trace")
                .containsExactly(r.firstErrLine(), "Try 'lessonpress export --help'.");
        assertThat(r.out()).as("no file is listed as written").isEmpty();
        assertThat(out).as("nothing is written, not even the other input's files").doesNotExist();
    }

    @Test
    void aFolderPerFormatAndCompanionsBesideTheirMainFiles() throws IOException {
        Path out = dir.resolve("out");
        CliRunner.Outcome r = runner().run("export", "-f", "booklet,poster", "--impose", "saddle-stitch", "--tile", "A4",
                "--name", "{format}/{dir}/{stem}.{ext}", "-o", out.toString(), dir.resolve("lessons/team-a/handout.md").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder("booklet/handout.pdf", "booklet/handout-imposed.pdf",
                "poster/handout.pdf", "poster/handout-tiles.pdf");
    }

    @Test
    void parallelJobsWriteTheBytesAndPrintTheLinesOfASerialRun() throws IOException {
        List<String> inputs = new ArrayList<>(List.of("export", "--impose", "saddle-stitch"));
        for (String stem : List.of("one-lesson", "nineteen-plain", "forty-three-nested", "multilingual")) {
            inputs.add(org.lessonpress.testing.Corpus.path(stem).toString());
        }
        inputs.add(dir.resolve("lessons/team-a/handout.md").toString());
        List<String> serial = new ArrayList<>(inputs);
        serial.addAll(List.of("--jobs", "1", "-o", dir.resolve("serial").toString()));
        List<String> parallel = new ArrayList<>(inputs);
        parallel.addAll(List.of("--jobs", "4", "-o", dir.resolve("parallel").toString()));
        CliRunner.Outcome a = runner().run(serial.toArray(String[]::new));
        CliRunner.Outcome b = runner().run(parallel.toArray(String[]::new));
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.out().replace(dir.resolve("parallel").toString(), "OUT")).isEqualTo(a.out().replace(dir.resolve("serial").toString(), "OUT"));
        Map<String, byte[]> one = outputs(dir.resolve("serial"));
        Map<String, byte[]> four = outputs(dir.resolve("parallel"));
        assertThat(four.keySet()).isEqualTo(one.keySet()).hasSize(30);
        four.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(one.get(name)));
    }

    private static JsonNode find(JsonNode outputs, String input, String format) {
        for (JsonNode o : outputs) {
            if (o.get("input").asText().equals(input) && o.get("format").asText().equals(format)) {
                return o;
            }
        }
        throw new AssertionError("no output for " + input + " " + format);
    }
}
