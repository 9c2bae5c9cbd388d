package dev.orrery.engine;

import dev.orrery.junit.internal.BuildProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.engine.ConfigurationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Runs each test file found by the class path scan once per build, however many JVMs and requests the build tool
 * starts: before running a scanned file, a request claims it by creating {@code <directory>/<run>/<file>.claim}, an
 * atomic operation that exactly one request of the run wins; the others leave the file out.
 *
 * <p>Surefire with {@code forkCount} above 1 (or {@code reuseForks=false}) starts the platform once per test class,
 * and every one of these requests finds every test file; the forks of one {@code mvn} run share the run of the Maven
 * process that started them (through the shell Surefire puts in between), a pid and start instant, so the next build
 * runs them again. Elsewhere (an IDE, Surefire with {@code forkCount=1}, Gradle) a JVM gets one request and nothing is
 * claimed, unless {@value #RUN} names the run.
 */
final class RunClaims {

    /** The configuration parameter naming the run whose JVMs share the scanned test files. */
    static final String RUN = "orrery.engine.run";

    /** The configuration parameter naming the folder of the claims, relative to the working directory. */
    static final String DIRECTORY = "orrery.engine.directory";

    private static final Pattern PROCESS_ID = Pattern.compile("\\d+-\\d+");

    private final Path folder;

    private RunClaims(Path folder) {
        this.folder = folder;
    }

    /** Return the claims of this JVM's run, or {@code null} when this JVM runs every scanned file itself. */
    static @Nullable RunClaims of(ConfigurationParameters parameters) {
        Path directory = Path.of(parameters.get(DIRECTORY).filter(value -> !value.isBlank())
                .orElse("target/orrery/engine"));
        String configured = parameters.get(RUN).map(String::strip).filter(value -> !value.isBlank()).orElse(null);
        return of(directory, configured, BuildProcesses.isSurefireFork(),
                () -> BuildProcesses.launcher().map(BuildProcesses::id).orElseGet(BuildProcesses::self));
    }

    /**
     * Return the claims of a run: the one configured, else in a Surefire fork the Maven process's (deleting the claims
     * of Maven processes that ended), else none.
     */
    static @Nullable RunClaims of(Path directory, @Nullable String configured, boolean surefireFork,
            Supplier<String> launcher) {
        if (configured != null) {
            return new RunClaims(directory.resolve(safe(configured)));
        }
        if (!surefireFork) {
            return null;
        }
        String run = launcher.get();
        dropEnded(directory, run);
        return new RunClaims(directory.resolve(run));
    }

    /** Return the folder of this run's claims. */
    Path folder() {
        return folder;
    }

    /**
     * Claim a test file for this request: return whether it is the first of its run to ask, and so runs the file.
     * When the claim cannot be written, the file runs (twice rather than never).
     */
    boolean claim(String fileId) {
        Path claim = folder.resolve(safe(fileId) + "-" + Integer.toHexString(fileId.hashCode()) + ".claim");
        try {
            Files.createDirectories(folder);
            Files.createFile(claim);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
        try {
            Files.writeString(claim, fileId + "\nclaimed by process " + BuildProcesses.self() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the claim is the file's existence; its text only tells a reader who made it
        }
        return true;
    }

    private static String safe(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }

    /** Delete the claims of runs whose Maven process has ended. */
    private static void dropEnded(Path directory, String run) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(directory)) {
            for (Path other : runs) {
                String name = other.getFileName().toString();
                if (!name.equals(run) && PROCESS_ID.matcher(name).matches() && !BuildProcesses.alive(name)) {
                    delete(other);
                }
            }
        } catch (IOException e) {
            // another build may be cleaning up too; stale claims of ended runs are never read
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
