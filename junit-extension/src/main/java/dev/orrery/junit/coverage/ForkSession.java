package dev.orrery.junit.coverage;

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
        if (isSurefireFork()) {
            return launcher().map(ForkSession::id).orElseGet(() -> id(self));
        }
        return id(self);
    }

    /** Return this JVM's own id, which names its part file. */
    static String self() {
        return id(ProcessHandle.current());
    }

    /** Return a process's id: its pid and start instant, so a reused pid is another process. */
    static String id(ProcessHandle process) {
        return process.pid() + "-" + process.info().startInstant().map(i -> Long.toString(i.toEpochMilli()))
                .orElse("0");
    }

    /** Return whether the process of this id still runs. */
    static boolean alive(String id) {
        int dash = id.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? id : id.substring(0, dash));
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            return process.isPresent() && process.get().isAlive() && id(process.get()).equals(id);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Return whether no other fork of this run is still running without having closed its part: then this JVM is the
     * last and its report holds every fork's coverage.
     */
    static boolean isLast(Path parts, String session) {
        if (!isSurefireFork()) {
            return true;
        }
        Optional<ProcessHandle> launcher = launcher();
        if (launcher.isEmpty()) {
            return true;
        }
        long self = ProcessHandle.current().pid();
        String booters = booterDirectory();
        return launcher.get().descendants().filter(p -> p.pid() != self && p.isAlive() && isForkOf(p, booters))
                .allMatch(sibling -> Files.exists(parts.resolve(CoverageFiles.closedMarker(session, id(sibling)))));
    }

    /** Return the process that started this fork: the first ancestor that is not a shell. */
    private static Optional<ProcessHandle> launcher() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (parent.isPresent() && isShell(parent.get())) {
            parent = parent.get().parent();
        }
        return parent;
    }

    private static boolean isShell(ProcessHandle process) {
        String command = process.info().command().orElse("");
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return name.equals("sh") || name.equals("bash") || name.equals("dash") || name.equals("zsh")
                || name.equalsIgnoreCase("cmd.exe");
    }

    private static boolean isSurefireFork() {
        return System.getProperty("sun.java.command", "").contains("surefirebooter");
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
        return !isShell(process) && process.info().commandLine().map(line -> line.contains(booters
                + "surefirebooter")).orElse(false);
    }
}
