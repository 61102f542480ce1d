package org.lessonpress.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a CI run of the examples happens: its folder (the one runner path every job gets, the artifacts and caches
 * its jobs share), the lesson repository its jobs check out, and the stand-ins on their PATH.
 */
record CiSite(Path root, Path sampleTree, StandIns standIns, Path artifacts, Path caches) {
    /** What every job run reports: its name, whether it passed, the machine it ran on. */
    interface Job {
        String name();

        boolean ok();

        CiMachine machine();
    }

    static CiSite at(Path root, Path sampleTree) throws IOException {
        return new CiSite(root, sampleTree, StandIns.in(root.resolve("stand-ins")),
                Files.createDirectories(root.resolve("artifacts")), Files.createDirectories(root.resolve("caches")));
    }

    /** A fresh machine for the next job, at the same paths as every job's. */
    CiMachine machine() throws IOException {
        return new CiMachine(root.resolve("runner"), standIns);
    }

    /** Each job's log, for the message of a failed assertion. */
    static String logs(List<? extends Job> jobs) {
        StringBuilder sb = new StringBuilder();
        jobs.forEach(j -> sb.append("### ").append(j.name()).append(j.ok() ? " passed\n" : " FAILED\n").append(j.machine().log()));
        return sb.toString();
    }
}
