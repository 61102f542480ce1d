package org.lessonpress.dist;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitLab CI pipeline run on this machine: jobs stage by stage, {@code parallel: N} as N jobs with CI_NODE_INDEX and
 * CI_NODE_TOTAL, each on a fresh {@link CiMachine} with the repository cloned, the artifacts of the jobs it needs,
 * its cache restored, and before_script and script in one bash script; after it, its artifacts and cache are kept.
 * A keyword the harness does not run fails, so that the example cannot drift to what is not tested.
 */
final class GitlabRun {
    private static final Set<String> GLOBAL = Set.of("stages", "variables");
    private static final Set<String> JOB = Set.of("stage", "image", "variables", "cache", "before_script", "script",
            "artifacts", "needs", "parallel");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /** One job run: its name ("export-lessons 2/3"), whether it passed, its machine, its artifacts, its cache at the end. */
    record Job(String id, String name, boolean ok, CiMachine machine, Path artifacts, Map<String, List<String>> cachedAtEnd)
            implements CiSite.Job {
    }

    private final Map<String, Object> pipeline;
    final CiSite site;
    final List<Job> jobs = new ArrayList<>();

    GitlabRun(Map<String, Object> pipeline, CiSite site) {
        this.pipeline = pipeline;
        this.site = site;
    }

    GitlabRun run() throws IOException, InterruptedException {
        Map<String, Map<String, Object>> defined = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : pipeline.entrySet()) {
            if (!GLOBAL.contains(e.getKey())) {
                Map<String, Object> job = CiFile.map(e.getValue());
                for (String key : job.keySet()) {
                    if (!JOB.contains(key)) {
                        throw new AssertionError("the harness does not run the job keyword '" + key + "' (" + e.getKey() + ")");
                    }
                }
                defined.put(e.getKey(), job);
            }
        }
        for (String stage : CiFile.strings(pipeline.get("stages"))) {
            for (Map.Entry<String, Map<String, Object>> job : defined.entrySet()) {
                if (stage.equals(job.getValue().get("stage"))) {
                    int total = job.getValue().containsKey("parallel") ? Integer.parseInt(String.valueOf(job.getValue().get("parallel"))) : 0;
                    for (int node = total == 0 ? 0 : 1; node <= total; node++) {
                        jobs.add(runJob(job.getKey(), job.getValue(), node, total));
                    }
                }
            }
        }
        if (jobs.size() < defined.size()) {
            throw new AssertionError("jobs in no stage of " + pipeline.get("stages") + ": " + defined.keySet());
        }
        return this;
    }

    private Job runJob(String id, Map<String, Object> spec, int node, int total) throws IOException, InterruptedException {
        String name = id + (total == 0 ? "" : " " + node + "/" + total);
        CiMachine m = site.machine();
        m.checkOut(site.sampleTree(), m.workspace);
        m.env.put("GITLAB_CI", "true");
        m.env.put("CI_PROJECT_DIR", m.workspace.toString());
        m.env.put("CI_JOB_NAME", name);
        m.env.put("CI_COMMIT_TIMESTAMP", Instant.ofEpochSecond(CiMachine.COMMIT_TIME).toString());
        if (total > 0) {
            m.env.put("CI_NODE_INDEX", String.valueOf(node));
            m.env.put("CI_NODE_TOTAL", String.valueOf(total));
        }
        for (Object vars : new Object[] {pipeline.get("variables"), spec.get("variables")}) {
            if (vars != null) {
                CiFile.map(vars).forEach((k, v) -> m.env.put(k, expand(String.valueOf(v), m.env)));
            }
        }
        // The artifacts of the jobs it needs (all earlier jobs' when it names none), as GitLab downloads them.
        List<String> needs = CiFile.strings(spec.get("needs"));
        for (Job earlier : jobs) {
            if (needs.isEmpty() || needs.contains(earlier.id())) {
                CiMachine.copy(earlier.artifacts(), m.workspace);
            }
        }
        Map<String, Object> cache = spec.containsKey("cache") ? CiFile.map(spec.get("cache")) : Map.of();
        Path saved = cache.isEmpty() ? null : site.caches().resolve(String.valueOf(cache.get("key")));
        if (saved != null && Files.isDirectory(saved)) {
            CiMachine.copy(saved, m.workspace);
            m.note("cache restored: " + cache.get("key"));
        }
        List<String> lines = new ArrayList<>();
        for (String part : List.of("before_script", "script")) {
            CiFile.list(spec.get(part)).forEach(l -> lines.add(String.valueOf(l)));
        }
        boolean ok = m.bash(name, String.join("\n", lines) + "\n", m.workspace, Map.of()) == 0;

        Map<String, List<String>> cachedAtEnd = new LinkedHashMap<>();
        for (String path : CiFile.strings(cache.get("paths"))) {
            cachedAtEnd.put(path, CiMachine.files(m.workspace.resolve(path)));
        }
        if (ok && saved != null && !Files.exists(saved)) {
            for (String path : CiFile.strings(cache.get("paths"))) {
                CiMachine.copy(m.workspace.resolve(path), saved.resolve(path));
            }
            m.note("cache saved: " + cache.get("key"));
        }
        Path kept = Files.createDirectories(site.artifacts().resolve(id + (total == 0 ? "" : "-" + node)));
        Map<String, Object> artifacts = spec.containsKey("artifacts") ? CiFile.map(spec.get("artifacts")) : Map.of();
        if (ok || "always".equals(artifacts.get("when"))) {
            List<String> paths = new ArrayList<>(CiFile.strings(artifacts.get("paths")));
            if (artifacts.containsKey("reports")) {
                CiFile.map(artifacts.get("reports")).values().forEach(v -> paths.addAll(CiFile.strings(v)));
            }
            for (String pattern : paths) {
                // GitLab only warns of a path that matches nothing; an example whose outputs are not where it says has rotted.
                ok &= keep(pattern, m, kept);
            }
        }
        return new Job(id, name, ok, m, kept, cachedAtEnd);
    }

    private static boolean keep(String pattern, CiMachine m, Path kept) throws IOException {
        String p = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (Files.isDirectory(m.workspace.resolve(p))) {
            CiMachine.copy(m.workspace.resolve(p), kept.resolve(p));
            return true;
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + p);
        boolean any = false;
        for (String f : CiMachine.files(m.workspace)) {
            if (glob.matches(Path.of(f))) {
                CiMachine.copy(m.workspace.resolve(f), kept.resolve(f));
                any = true;
            }
        }
        if (!any) {
            m.note("artifacts: nothing matches " + pattern);
        }
        return any;
    }

    /** $NAME and ${NAME} in a variable's value, as GitLab expands them before the job starts. */
    private static String expand(String value, Map<String, String> env) {
        Matcher v = VARIABLE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (v.find()) {
            v.appendReplacement(sb, Matcher.quoteReplacement(env.getOrDefault(v.group(1), v.group())));
        }
        v.appendTail(sb);
        return sb.toString();
    }
}
