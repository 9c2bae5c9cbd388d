package dev.orrery.junit.internal;

import java.util.Optional;

/**
 * The processes of one build, as the test JVMs see them: a Surefire fork belongs to the build of the Maven process
 * that started it (through a shell that Surefire puts in between), so every fork of one {@code mvn verify} finds the
 * same launcher whatever {@code forkCount} is. Used by the coverage report (to merge the parts of one build) and by
 * the test engine (to run each test file once per build).
 */
public final class BuildProcesses {

    private BuildProcesses() {}

    /**
     * Return a process's id: its pid and start instant, so that a reused pid is another process.
     *
     * @param process the process, never {@code null}
     * @return {@code PID-START_MILLIS}, with {@code 0} when the start instant is unknown
     */
    public static String id(ProcessHandle process) {
        return process.pid() + "-" + process.info().startInstant().map(i -> Long.toString(i.toEpochMilli()))
                .orElse("0");
    }

    /**
     * Return the id of this JVM's process.
     *
     * @return this process's {@linkplain #id(ProcessHandle) id}
     */
    public static String self() {
        return id(ProcessHandle.current());
    }

    /**
     * Return whether the process of an id still runs.
     *
     * @param id an id made by {@link #id(ProcessHandle)}
     * @return whether a live process has this pid and start instant; {@code false} for text that is no id
     */
    public static boolean alive(String id) {
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
     * Return whether this JVM is a Surefire fork.
     *
     * @return whether the JVM was started from Surefire's booter jar
     */
    public static boolean isSurefireFork() {
        return System.getProperty("sun.java.command", "").contains("surefirebooter");
    }

    /**
     * Return the process that started this JVM: the first ancestor that is not a shell.
     *
     * @return the launching process, empty when the parent is unknown
     */
    public static Optional<ProcessHandle> launcher() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (parent.isPresent() && isShell(parent.get())) {
            parent = parent.get().parent();
        }
        return parent;
    }

    /**
     * Return whether a process is a command shell (which Surefire may put between Maven and a fork).
     *
     * @param process the process, never {@code null}
     * @return whether its command is {@code sh}, {@code bash}, {@code dash}, {@code zsh} or {@code cmd.exe}
     */
    public static boolean isShell(ProcessHandle process) {
        String command = process.info().command().orElse("");
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return name.equals("sh") || name.equals("bash") || name.equals("dash") || name.equals("zsh")
                || name.equalsIgnoreCase("cmd.exe");
    }
}
