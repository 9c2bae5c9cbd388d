package dev.orrery.junit.coverage;

import dev.orrery.junit.internal.BuildProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which JVMs write the parts of one run's report. A Surefire fork belongs to the run of the Maven process that
 * started it (through a shell that Surefire puts in between), so every fork of one {@code mvn verify} shares its key
 * whatever {@code forkCount} is; any other JVM (an IDE run, Surefire without forks) is a run of its own.
 */
final class ForkSession {

    private ForkSession() {}

    /** Return the key of this JVM's run. */
    static String key() {
        ProcessHandle self = ProcessHandle.current();
        if (BuildProcesses.isSurefireFork()) {
            return BuildProcesses.launcher().map(BuildProcesses::id).orElseGet(() -> BuildProcesses.id(self));
        }
        return BuildProcesses.id(self);
    }

    /** Return this JVM's own id, which names its part file. */
    static String self() {
        return BuildProcesses.self();
    }

    /**
     * Return whether no other fork of this run is still running without having closed its part: then this JVM is the
     * last and its report holds every fork's coverage.
     */
    static boolean isLast(Path parts, String session) {
        if (!BuildProcesses.isSurefireFork()) {
            return true;
        }
        Optional<ProcessHandle> launcher = BuildProcesses.launcher();
        if (launcher.isEmpty()) {
            return true;
        }
        long self = ProcessHandle.current().pid();
        String booters = booterDirectory();
        return launcher.get().descendants().filter(p -> p.pid() != self && p.isAlive() && isForkOf(p, booters))
                .allMatch(sibling -> Files.exists(parts.resolve(CoverageFiles.closedMarker(session, BuildProcesses.id(sibling)))));
    }

    /**
     * Return the directory of this fork's Surefire booter jar, the module's {@code target/surefire}: the forks of one
     * module share it, those of other modules built in parallel ({@code mvn -T}) do not.
     */
    private static String booterDirectory() {
        String command = System.getProperty("sun.java.command", "");
        int booter = command.indexOf("surefirebooter");
        return booter < 0 ? "" : command.substring(0, booter);
    }

    /** Return whether the process is a JVM of a Surefire fork of the same module (not the shell that started it). */
    private static boolean isForkOf(ProcessHandle process, String booters) {
        return !BuildProcesses.isShell(process) && process.info().commandLine().map(line -> line.contains(booters
                + "surefirebooter")).orElse(false);
    }
}
