package org.lessonpress.dist;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub Actions workflow run on this machine: its jobs in the order of their {@code needs}, each matrix entry as a
 * job of its own on a fresh {@link CiMachine}, {@code run:} steps in bash, and the actions it uses stood in: checkout
 * (the lesson tree, or the lessonpress sources for the Maven stand-in), setup-java (this JDK), cache, upload-artifact
 * and download-artifact (folders shared by the jobs of the run). Anything else in the file (an unknown action,
 * expression or condition) fails the run, so that the example cannot drift to what is not tested.
 */
final class ActionsRun {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern HASH_FILES = Pattern.compile("hashFiles\\('([^']+)'\\)");

    /** One job of the run (a matrix entry): whether it passed, its machine, and what its cache folders held at its end. */
    record Job(String name, boolean ok, CiMachine machine, Map<String, List<String>> cachedAtEnd) implements CiSite.Job {
    }

    private final Map<String, Object> workflow;
    final CiSite site;
    final List<Job> jobs = new ArrayList<>();

    ActionsRun(Map<String, Object> workflow, CiSite site) {
        this.workflow = workflow;
        this.site = site;
    }

    ActionsRun run() throws IOException, InterruptedException {
        Map<String, Object> all = CiFile.map(workflow, "jobs");
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < all.size()) {
            boolean progress = false;
            for (Map.Entry<String, Object> job : all.entrySet()) {
                Map<String, Object> spec = CiFile.map(job.getValue());
                if (!done.contains(job.getKey()) && done.containsAll(CiFile.strings(spec.get("needs")))) {
                    for (Map<String, String> matrix : matrix(spec)) {
                        jobs.add(runJob(job.getKey(), spec, matrix));
                    }
                    done.add(job.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new AssertionError("jobs whose needs are never met: " + all.keySet());
            }
        }
        return this;
    }

    private static List<Map<String, String>> matrix(Map<String, Object> job) {
        List<Map<String, String>> entries = new ArrayList<>(List.of(Map.of()));
        Object strategy = job.get("strategy");
        if (strategy == null) {
            return entries;
        }
        for (Map.Entry<String, Object> axis : CiFile.map(CiFile.map(strategy), "matrix").entrySet()) {
            if (axis.getKey().equals("include") || axis.getKey().equals("exclude")) {
                throw new AssertionError("the harness runs plain matrices only, not matrix." + axis.getKey());
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> e : entries) {
                for (String value : CiFile.strings(axis.getValue())) {
                    Map<String, String> m = new LinkedHashMap<>(e);
                    m.put(axis.getKey(), value);
                    next.add(m);
                }
            }
            entries = next;
        }
        return entries;
    }

    private Job runJob(String id, Map<String, Object> spec, Map<String, String> matrix) throws IOException, InterruptedException {
        String name = id + (matrix.isEmpty() ? "" : " " + matrix.values());
        CiMachine m = site.machine();
        m.env.put("GITHUB_ACTIONS", "true");
        m.env.put("GITHUB_WORKSPACE", m.workspace.toString());
        m.env.put("RUNNER_TEMP", m.temp.toString());
        m.env.put("RUNNER_OS", "Linux");
        Path githubEnv = m.temp.resolve("github-env");
        Path githubPath = m.temp.resolve("github-path");
        m.env.put("GITHUB_ENV", githubEnv.toString());
        m.env.put("GITHUB_PATH", githubPath.toString());
        for (Map.Entry<String, String> e : strings(workflow.get("env")).entrySet()) {
            m.env.put(e.getKey(), expand(e.getValue(), matrix, m));
        }
        for (Map.Entry<String, String> e : strings(spec.get("env")).entrySet()) {
            m.env.put(e.getKey(), expand(e.getValue(), matrix, m));
        }
        Map<String, String> caches = new LinkedHashMap<>();
        boolean ok = true;
        int n = 0;
        for (Object s : CiFile.list(spec.get("steps"))) {
            Map<String, Object> step = CiFile.map(s);
            n++;
            Object condition = step.get("if");
            if (condition != null && !String.valueOf(condition).equals("always()")) {
                throw new AssertionError("the harness knows the condition always() only, not: " + condition);
            }
            if (!ok && condition == null) {
                continue;
            }
            Files.writeString(githubEnv, "");
            Files.writeString(githubPath, "");
            boolean passed;
            if (step.containsKey("run")) {
                Map<String, String> stepEnv = new LinkedHashMap<>();
                strings(step.get("env")).forEach((k, v) -> stepEnv.put(k, expand(v, matrix, m)));
                String title = String.valueOf(step.getOrDefault("name", "step " + n));
                passed = m.bash(name + ": " + title, expand(String.valueOf(step.get("run")), matrix, m), m.workspace, stepEnv) == 0;
            } else {
                passed = uses(String.valueOf(step.get("uses")), strings(step.get("with")), matrix, m, caches);
            }
            for (String line : Files.readAllLines(githubEnv)) {
                if (line.contains("=")) {
                    m.env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            for (String line : Files.readAllLines(githubPath)) {
                if (!line.isBlank()) {
                    m.env.put("PATH", line.strip() + ":" + m.env.get("PATH"));
                }
            }
            ok &= passed;
        }
        Map<String, List<String>> cachedAtEnd = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : caches.entrySet()) {
            Path path = home(c.getKey(), m);
            cachedAtEnd.put(c.getKey(), CiMachine.files(path));
            Path saved = site.caches().resolve(c.getValue());
            // As actions/cache does: saved after a job that passed, under a key not saved before.
            if (ok && !Files.exists(saved) && Files.isDirectory(path)) {
                CiMachine.copy(path, saved);
                m.note("cache saved: " + c.getValue());
            }
        }
        return new Job(name, ok, m, cachedAtEnd);
    }

    private boolean uses(String action, Map<String, String> with, Map<String, String> matrix, CiMachine m, Map<String, String> caches)
            throws IOException, InterruptedException {
        Map<String, String> w = new LinkedHashMap<>();
        with.forEach((k, v) -> w.put(k, expand(v, matrix, m)));
        String name = action.contains("@") ? action.substring(0, action.indexOf('@')) : action;
        m.note(action + " (stand-in) " + w);
        switch (name) {
            case "actions/checkout" -> {
                if (w.containsKey("repository")) {
                    require(w, "ref", "path");
                    Path into = Files.createDirectories(m.workspace.resolve(w.get("path")));
                    Files.copy(Path.of(site.standIns().env().get("LESSONPRESS_TEST_POM")), into.resolve("pom.xml"));
                } else {
                    m.checkOut(site.sampleTree(), m.workspace.resolve(w.getOrDefault("path", ".")));
                }
            }
            case "actions/setup-java" -> {
                require(w, "distribution", "java-version");
                m.env.put("JAVA_HOME", System.getProperty("java.home"));
                m.env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + m.env.get("PATH"));
            }
            case "actions/cache" -> {
                require(w, "path", "key");
                for (String path : w.get("path").strip().split("\n")) {
                    caches.put(path.strip(), w.get("key"));
                    Path saved = site.caches().resolve(w.get("key"));
                    if (Files.isDirectory(saved)) {
                        CiMachine.copy(saved, home(path.strip(), m));
                        m.note("cache restored: " + w.get("key"));
                    }
                }
            }
            case "actions/upload-artifact" -> {
                require(w, "name", "path");
                return upload(w.get("name"), w.get("path"), m);
            }
            case "actions/download-artifact" -> {
                require(w, "name");
                Path from = site.artifacts().resolve(w.get("name"));
                if (!Files.isDirectory(from)) {
                    m.note("no artifact " + w.get("name"));
                    return false;
                }
                CiMachine.copy(from, m.workspace.resolve(w.getOrDefault("path", ".")));
            }
            default -> throw new AssertionError("the harness has no stand-in for " + action);
        }
        return true;
    }

    /** As upload-artifact v4: the matched files under their deepest common folder; none matched, or the name taken, fails. */
    private boolean upload(String name, String paths, CiMachine m) throws IOException {
        Path to = site.artifacts().resolve(name);
        if (Files.exists(to)) {
            m.note("an artifact named " + name + " was uploaded already");
            return false;
        }
        List<Path> matched = new ArrayList<>();
        for (String p : paths.strip().split("\n")) {
            String pattern = p.strip();
            Path direct = m.workspace.resolve(pattern);
            if (Files.isDirectory(direct)) {
                matched.add(direct.normalize());
                continue;
            }
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (String f : CiMachine.files(m.workspace)) {
                if (glob.matches(Path.of(f))) {
                    matched.add(m.workspace.resolve(f));
                }
            }
        }
        if (matched.isEmpty()) {
            m.note("upload-artifact: nothing matches " + paths.strip());
            return false;
        }
        Path base = matched.size() == 1 && Files.isDirectory(matched.get(0)) ? matched.get(0) : matched.get(0).getParent();
        for (Path p : matched) {
            while (!p.startsWith(base)) {
                base = base.getParent();
            }
        }
        for (Path p : matched) {
            CiMachine.copy(p, to.resolve(base.relativize(p).toString()));
        }
        return !CiMachine.files(to).isEmpty();
    }

    private static void require(Map<String, String> with, String... keys) {
        for (String k : keys) {
            if (with.get(k) == null || with.get(k).isBlank()) {
                throw new AssertionError("the step gives no '" + k + "'");
            }
        }
    }

    private static Path home(String path, CiMachine m) {
        return path.startsWith("~/") ? m.home.resolve(path.substring(2)) : m.workspace.resolve(path);
    }

    /** The ${{ }} expressions the examples use; any other fails. */
    private String expand(String text, Map<String, String> matrix, CiMachine m) {
        Matcher x = EXPRESSION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (x.find()) {
            String e = x.group(1);
            String value;
            Matcher hash = HASH_FILES.matcher(e);
            if (e.startsWith("matrix.") && matrix.containsKey(e.substring(7))) {
                value = matrix.get(e.substring(7));
            } else if (e.startsWith("env.") && m.env.containsKey(e.substring(4))) {
                value = m.env.get(e.substring(4));
            } else if (e.equals("runner.os")) {
                value = "Linux";
            } else if (e.equals("runner.temp")) {
                value = m.temp.toString();
            } else if (e.equals("github.workspace")) {
                value = m.workspace.toString();
            } else if (hash.matches()) {
                value = hashFiles(hash.group(1), m.workspace);
            } else {
                throw new AssertionError("the harness does not know ${{ " + e + " }}");
            }
            x.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        x.appendTail(sb);
        return sb.toString();
    }

    /** As GitHub's hashFiles: one SHA-256 over the matched files' SHA-256s, "" when none match. */
    private static String hashFiles(String pattern, Path workspace) {
        try {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            boolean any = false;
            for (String f : CiMachine.files(workspace)) {
                if (glob.matches(Path.of(f))) {
                    all.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(workspace.resolve(f))));
                    any = true;
                }
            }
            return any ? HexFormat.of().formatHex(all.digest()) : "";
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> strings(Object map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            CiFile.map(map).forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
        }
        return out;
    }
}
