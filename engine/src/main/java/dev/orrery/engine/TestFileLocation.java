package dev.orrery.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.jspecify.annotations.Nullable;

/**
 * Where a test file was found: a class path resource (its stable name, e.g. {@code orders/ship.orrery.yaml}) or a
 * file on disk; it reads the file and the files it names.
 *
 * @param resource the class path resource name, or {@code null} for a file on disk that is no class path resource
 * @param file the file on disk, or {@code null} for a resource not on disk (inside a jar)
 * @param selectedAsFile whether the file was selected on disk (a file or folder selector), so that IDEs open that file
 */
record TestFileLocation(@Nullable String resource, @Nullable Path file, boolean selectedAsFile) {

    /** Return a location for a class path resource, with its file when it is on disk. */
    static TestFileLocation ofResource(String name, @Nullable Path file) {
        return new TestFileLocation(strip(name), file, false);
    }

    /**
     * Return a location for a file on disk. A file with the content of a class path resource (an IDE selects
     * {@code src/test/resources/orders/ship.orrery.yaml}, the build copied it to the class path) is named as that
     * resource, so that its unique id is the one a build tool's scan gives it.
     */
    static TestFileLocation ofFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new TestFileLocation(resourceOf(absolute), absolute, true);
    }

    /** Return the longest end of the file's path that names a class path resource of the same content, if any. */
    private static @Nullable String resourceOf(Path file) {
        String found = null;
        try {
            byte[] content = null;
            for (int start = file.getNameCount() - 1; start >= 0; start--) {
                String name = file.subpath(start, file.getNameCount()).toString().replace('\\', '/');
                URL url = ClassLoaders.current().getResource(name);
                if (url == null) {
                    continue;
                }
                if (content == null) {
                    content = Files.readAllBytes(file);
                }
                try (InputStream in = url.openStream()) {
                    if (java.util.Arrays.equals(content, in.readAllBytes())) {
                        found = name;
                    }
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /** Return whether a file name is a test file's: {@code *.orrery.yaml}, {@code *.orrery.yml}, {@code *.orrery.json}. */
    static boolean isTestFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".orrery.yaml") || lower.endsWith(".orrery.yml") || lower.endsWith(".orrery.json");
    }

    /** Return the value of the file's unique id segment: the resource name, else the file's path. */
    String id() {
        return resource != null ? resource : String.valueOf(file);
    }

    /** Return how messages name the file. */
    String label() {
        return id();
    }

    /** Return the file's name without its folder. */
    String fileName() {
        String id = id().replace('\\', '/');
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** Return whether the file is YAML. */
    boolean isYaml() {
        return !id().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Return the source IDEs open for a position in the file. */
    TestSource source(int line, int column) {
        FilePosition position = FilePosition.from(line, column);
        return resource != null && !selectedAsFile ? ClasspathResourceSource.from(resource, position)
                : FileSource.from(Objects.requireNonNull(file).toFile(), position);
    }

    /** Read the file's text. */
    String read() throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        return Objects.requireNonNull(readResource(Objects.requireNonNull(resource)),
                "resource " + resource);
    }

    /**
     * Read a file the test file names: beside the test file, else a class path resource, else a path relative to the
     * working directory.
     *
     * @return the file's label and text, or {@code null} when none exists
     */
    @Nullable Sibling sibling(String name) throws IOException {
        if (file != null && file.getParent() != null) {
            Path beside = file.getParent().resolve(name).normalize();
            if (Files.isRegularFile(beside)) {
                return new Sibling(relative(beside, name), Files.readString(beside, StandardCharsets.UTF_8),
                        beside.getParent());
            }
        }
        for (String candidate : resourceCandidates(name)) {
            URL url = ClassLoaders.current().getResource(candidate);
            if (url != null) {
                Path onDisk = ClasspathScanner.fileOf(url);
                return new Sibling(candidate, read(url), onDisk == null ? null : onDisk.getParent());
            }
        }
        Path local = Path.of(name);
        if (Files.isRegularFile(local)) {
            return new Sibling(name, Files.readString(local, StandardCharsets.UTF_8),
                    local.toAbsolutePath().getParent());
        }
        return null;
    }

    /** Return where {@link #sibling(String)} looks, for the message when nothing is found. */
    List<String> lookedAt(String name) {
        List<String> places = new ArrayList<>();
        if (file != null && file.getParent() != null) {
            places.add(file.getParent().resolve(name).normalize().toString());
        }
        resourceCandidates(name).forEach(candidate -> places.add("class path resource " + candidate));
        places.add(Path.of(name).toAbsolutePath().normalize().toString());
        return places;
    }

    private List<String> resourceCandidates(String name) {
        List<String> candidates = new ArrayList<>();
        if (resource != null && resource.contains("/")) {
            candidates.add(normalize(folder(resource) + name));
        }
        candidates.add(strip(name));
        return candidates.stream().distinct().toList();
    }

    private String relative(Path sibling, String name) {
        return resource == null ? sibling.toString() : normalize(folder(resource) + name);
    }

    private static String folder(String resource) {
        return resource.substring(0, resource.lastIndexOf('/') + 1);
    }

    private static String normalize(String name) {
        return Path.of(name).normalize().toString().replace('\\', '/');
    }

    private static @Nullable String readResource(String name) throws IOException {
        URL url = ClassLoaders.current().getResource(name);
        return url == null ? null : read(url);
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /**
     * A file a test file names, read.
     *
     * @param label how messages name it
     * @param text its text
     * @param folder the folder it is in on disk, or {@code null} inside a jar
     */
    record Sibling(String label, String text, @Nullable Path folder) {}
}
