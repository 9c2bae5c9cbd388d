package dev.orrery.junit.coverage;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.junit.internal.BuildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a run's coverage: each JVM writes its part, {@code parts/<session>_<jvm>.json}, then rebuilds the
 * report from the parts of its session, all under a file lock so forks that end together take turns.
 */
final class CoverageFiles {

    private static final String LOCK = ".lock";

    private final CoverageSettings settings;

    CoverageFiles(CoverageSettings settings) {
        this.settings = settings;
    }

    static String partName(String session, String jvm) {
        return session + "_" + jvm + ".json";
    }

    static String closedMarker(String session, String jvm) {
        return session + "_" + jvm + ".closed";
    }

    /** The result of writing a part: the coverage of every part of the session, and whether this JVM was last. */
    record Merged(Coverage coverage, boolean last) {}

    /**
     * Write this JVM's part (replacing its earlier one), drop parts of earlier runs whose JVM has ended, and rebuild
     * the report from the parts of this session.
     */
    Merged write(Coverage jvmCoverage, String jvm, boolean closing) {
        Path parts = settings.parts();
        try {
            Files.createDirectories(parts);
            try (FileChannel channel = FileChannel.open(parts.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                writeAtomically(parts.resolve(partName(settings.session(), jvm)), CoverageReport.toJson(jvmCoverage));
                if (closing) {
                    Files.writeString(parts.resolve(closedMarker(settings.session(), jvm)), "");
                }
                dropStaleParts(parts);
                Coverage merged = readSession(parts);
                CoverageReport.write(settings.directory(), merged);
                return new Merged(merged, ForkSession.isLast(parts, settings.session()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Orrery coverage report in " + settings.directory()
                    .toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private Coverage readSession(Path parts) throws IOException {
        Coverage merged = Coverage.empty();
        for (Path part : list(parts)) {
            String name = part.getFileName().toString();
            if (name.startsWith(settings.session() + "_") && name.endsWith(".json")) {
                merged = merged.merge(CoverageReport.fromJson(Files.readString(part, StandardCharsets.UTF_8),
                        part.toString()));
            }
        }
        return merged;
    }

    private void dropStaleParts(Path parts) throws IOException {
        for (Path part : list(parts)) {
            String name = part.getFileName().toString();
            int separator = name.lastIndexOf('_');
            int dot = name.lastIndexOf('.');
            if (separator < 0 || dot < separator || name.startsWith(settings.session() + "_")) {
                continue;
            }
            if (!BuildProcesses.alive(name.substring(separator + 1, dot))) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> !p.getFileName().toString().equals(LOCK)).sorted().toList();
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
