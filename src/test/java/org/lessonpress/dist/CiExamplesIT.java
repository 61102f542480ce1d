package org.lessonpress.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.Distribution;
import org.lessonpress.testing.Tools;
import org.w3c.dom.Document;

/**
 * examples/ci/github-actions.yml and examples/ci/gitlab-ci.yml, run: every shell step against a tree of lesson files
 * (two of the same name in different folders, a project file), with the distribution this build made, and stand-ins
 * for what needs the network (actions, git clone, Maven). The shards together export every file exactly once, the
 * JUnit reports list every file and format, and the launcher's archive, made once, is reused from the cache.
 */
class CiExamplesIT {
    private static final Path GITHUB = Path.of("examples/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("examples/ci/gitlab-ci.yml");
    private static final List<String> INPUTS = List.of("lessons/intro.md", "lessons/team-a/handout.md",
            "lessons/team-b/handout.md", "lessons/team-b/deep/tips.md");

    @TempDir
    Path dir;

    @Test
    void theGithubWorkflowSetsUpJavaCachesBuildsExportsShardedAndUploads() throws IOException {
        Map<String, Object> workflow = CiFile.read(GITHUB);
        Map<String, Object> jobs = CiFile.map(workflow, "jobs");
        List<Map<String, Object>> steps = new ArrayList<>();
        jobs.values().forEach(j -> CiFile.list(CiFile.map(j).get("steps")).forEach(s -> steps.add(CiFile.map(s))));
        assertThat(steps).as("every step runs a shell or uses an action").allMatch(s -> s.containsKey("run") ^ s.containsKey("uses"));
        List<String> uses = steps.stream().filter(s -> s.containsKey("uses")).map(s -> String.valueOf(s.get("uses"))).toList();
        assertThat(uses).contains("actions/checkout@v4", "actions/setup-java@v4", "actions/cache@v4", "actions/upload-artifact@v4",
                "actions/download-artifact@v4");
        String runs = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> String.valueOf(s.get("run"))).toList());
        assertThat(runs).contains("mvn ", " package", "lessonpress export ", "--junit ", "--report ", "--shard ");
        assertThat(steps).anySatisfy(s -> assertThat(CiFile.map(s.getOrDefault("with", Map.of()))).containsEntry("cache", "maven"));
        assertThat(steps).anySatisfy(s -> assertThat(CiFile.map(s.getOrDefault("with", Map.of()))).containsEntry("path", "~/.cache/lessonpress"));
        Map<String, Object> export = CiFile.map(jobs, "export");
        List<String> shards = CiFile.strings(CiFile.map(CiFile.map(CiFile.map(export, "strategy"), "matrix")).get("shard"));
        Matcher shard = Pattern.compile("SHARD: \\$\\{\\{ matrix.shard }}/(\\d+)").matcher(Files.readString(GITHUB));
        assertThat(shard.find()).as("the shard count next to the matrix").isTrue();
        assertThat(shards).as("a matrix of shards 1..N").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, Integer.parseInt(shard.group(1))).mapToObj(String::valueOf).toList());
    }

    @Test
    void theGitlabPipelineCachesBuildsExportsInParallelAndReportsJunit() throws IOException {
        Map<String, Object> pipeline = CiFile.read(GITLAB);
        Map<String, Object> export = CiFile.map(pipeline, "export-lessons");
        assertThat(CiFile.strings(CiFile.map(export, "cache").get("paths"))).contains(".cache/lessonpress");
        assertThat(CiFile.strings(CiFile.map(CiFile.map(pipeline, "build-lessonpress"), "cache").get("paths"))).contains(".m2/repository");
        assertThat(CiFile.map(CiFile.map(export, "artifacts"), "reports")).containsEntry("junit", "junit.xml");
        assertThat(String.join("\n", CiFile.strings(export.get("script")))).contains("--shard \"$CI_NODE_INDEX/$CI_NODE_TOTAL\"", "--junit junit.xml");
        assertThat(export.get("parallel")).isEqualTo(3);
    }

    @Test
    void theGithubWorkflowRunsAndItsShardsExportEveryFileOnce() throws Exception {
        assumeShellTools();
        ActionsRun run = new ActionsRun(CiFile.read(GITHUB), CiSite.at(dir.resolve("github"), sampleTree())).run();
        String logs = CiSite.logs(run.jobs);
        assertThat(run.jobs).as(logs).allMatch(ActionsRun.Job::ok).hasSize(4);
        List<Path> shards = new ArrayList<>();
        List<Path> junit = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            shards.add(run.site.artifacts().resolve("lessons-" + k));
            junit.add(run.site.artifacts().resolve("reports-" + k).resolve("junit-" + k + ".xml"));
            assertThat(new ObjectMapper().readTree(run.site.artifacts().resolve("reports-" + k).resolve("report-" + k + ".json").toFile()).isObject())
                    .isTrue();
        }
        assertShardsAreOneRun(shards, List.of("export", "lessons/**/*.md", "-o", "out"), "out", logs);
        assertJunitListsEveryFileAndFormat(junit);
        assertArchiveMadeOnceAndReused(run.jobs.subList(1, 4).stream().map(j -> j.cachedAtEnd().get("~/.cache/lessonpress")).toList(),
                run.site.caches(), logs);
    }

    @Test
    void theGitlabPipelineRunsAndItsParallelJobsExportEveryFileOnce() throws Exception {
        assumeShellTools();
        GitlabRun run = new GitlabRun(CiFile.read(GITLAB), CiSite.at(dir.resolve("gitlab"), sampleTree())).run();
        String logs = CiSite.logs(run.jobs);
        assertThat(run.jobs).as(logs).allMatch(GitlabRun.Job::ok).hasSize(4);
        List<GitlabRun.Job> exports = run.jobs.subList(1, 4);
        assertShardsAreOneRun(exports.stream().map(j -> j.artifacts().resolve("out")).toList(), List.of("build"), "out", logs);
        assertJunitListsEveryFileAndFormat(exports.stream().map(j -> j.artifacts().resolve("junit.xml")).toList());
        for (GitlabRun.Job j : exports) {
            assertThat(new ObjectMapper().readTree(j.artifacts().resolve("report.json").toFile()).isObject()).isTrue();
        }
        assertArchiveMadeOnceAndReused(exports.stream().map(j -> j.cachedAtEnd().get(".cache/lessonpress")).toList(), run.site.caches(), logs);
    }

    /**
     * The shards' outputs are those of one run without --shard, byte for byte, each in exactly one shard.
     */
    private void assertShardsAreOneRun(List<Path> shards, List<String> command, String out, String logs) throws Exception {
        Path whole = dir.resolve("whole");
        new CiMachine(dir.resolve("whole-machine"), StandIns.in(dir.resolve("whole-stand-ins"))).checkOut(sampleTree(), whole);
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Distribution.JAR.toString()));
        c.addAll(command);
        Distribution.Run r = Distribution.run(whole, Map.of("SOURCE_DATE_EPOCH", String.valueOf(CiMachine.COMMIT_TIME)), c);
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Integer> seen = new TreeMap<>();
        for (Path s : shards) {
            CiMachine.files(s).forEach(f -> seen.merge(f, 1, Integer::sum));
        }
        List<String> expected = CiMachine.files(whole.resolve(out));
        Map<String, Integer> outputs = new TreeMap<>(seen);
        outputs.keySet().removeIf(f -> runLevel(f, seen, shards.size()));
        assertThat(outputs.keySet()).as(logs).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(f -> !runLevel(f, seen, shards.size())).toList());
        assertThat(outputs.values()).as("each output in one shard only").allMatch(n -> n == 1);
        assertThat(outputs).as("every input in every format").hasSizeGreaterThanOrEqualTo(INPUTS.size() * 5);
        for (Path s : shards) {
            for (String f : CiMachine.files(s)) {
                if (outputs.containsKey(f)) {
                    assertThat(Files.readAllBytes(s.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(out).resolve(f)));
                }
            }
        }
    }

    /** A file every shard writes that is named after no input: the run's own record (a manifest), not an output. */
    private static boolean runLevel(String file, Map<String, Integer> seen, int shards) {
        String name = Path.of(file).getFileName().toString();
        return seen.getOrDefault(file, 0) == shards
                && INPUTS.stream().map(i -> Path.of(i).getFileName().toString().replace(".md", "")).noneMatch(name::startsWith);
    }

    /** One test case per input and format across the shards' JUnit files, none failed. */
    private static void assertJunitListsEveryFileAndFormat(List<Path> reports) throws Exception {
        int cases = 0;
        for (Path report : reports) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
            assertThat(doc.getDocumentElement().getNodeName()).isIn("testsuites", "testsuite");
            cases += doc.getElementsByTagName("testcase").getLength();
            assertThat(doc.getElementsByTagName("failure").getLength() + doc.getElementsByTagName("error").getLength())
                    .as(report.toString()).isZero();
        }
        assertThat(cases).isEqualTo(INPUTS.size() * 5);
    }

    /** The first job makes the launcher's archive and the cache keeps it; the jobs after it use that one, making none. */
    private static void assertArchiveMadeOnceAndReused(List<List<String>> cachedAtEnd, Path caches, String logs) throws IOException {
        List<String> saved = CiMachine.files(caches).stream().filter(f -> f.matches(".*classes-.*\\.(jsa|aot)")).toList();
        assertThat(saved).as("one archive in the cache").hasSize(1);
        String archive = Path.of(saved.get(0)).getFileName().toString();
        for (List<String> files : cachedAtEnd) {
            assertThat(files).as(logs).singleElement().asString().endsWith(archive);
        }
    }

    private static void assumeShellTools() throws IOException, InterruptedException {
        assumeTrue(Tools.onPath("bash") && Tools.onPath("git") && Tools.onPath("unzip")
                && Tools.onPath("tar"), "the CI examples need bash, git, unzip and tar");
    }

    /** Four lesson files in nested folders, two named handout.md, and the project file the GitLab example builds. */
    private Path sampleTree() throws IOException {
        Path tree = dir.resolve("lesson-repository");
        if (Files.isDirectory(tree)) {
            return tree;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(INPUTS.get(0), "Why we write lessons down");
        titles.put(INPUTS.get(1), "Team A: running the on-call week");
        titles.put(INPUTS.get(2), "Team B: shipping on Fridays");
        titles.put(INPUTS.get(3), "Tips from the deep end");
        for (Map.Entry<String, String> e : titles.entrySet()) {
            Path f = tree.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, lessons(e.getValue()));
        }
        Files.writeString(tree.resolve("lessonpress.yml"), "inputs: ['lessons/**/*.md']\noutput: out\n");
        Files.writeString(tree.resolve("README.md"), "Our lessons.\n");
        return tree;
    }

    private static String lessons(String title) {
        return "---\ntitle: \"" + title + "\"\nauthor: The team\nlanguage: en\n---\n\nWhat we learnt, so that the next one does not have to.\n\n"
                + "## Before\n\n1. **Write it down while it is fresh.** A note on the day beats a memory a month later.\n\n"
                + "2. **Say who it is for.** A lesson for the next person on call reads differently from one for managers.\n\n"
                + "## After\n\n3. **Keep it short.** One idea per lesson, and the reason for it.\n\n"
                + "4. **Review it together.** A lesson nobody else read is a diary entry.\n";
    }
}
