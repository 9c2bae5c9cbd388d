package dev.orrery.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds test files in class path roots, packages and folders, in a stable (sorted) order. */
final class ClasspathScanner {

    private ClasspathScanner() {}

    /** Return the test files under a class path root folder, named as class path resources. */
    static List<TestFileLocation> inRoot(Path root) {
        return inFolder(root, root, "");
    }

    /** Return the test files of a package (and its subpackages) in every root of the class path. */
    static List<TestFileLocation> inPackage(String packageName) {
        String folder = packageName.replace('.', '/');
        List<TestFileLocation> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(ClassLoaders.current().getResources(folder))) {
                found.addAll(at(url, folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class path folders of package " + packageName, e);
        }
        return found;
    }

    /** Return the test files under every folder root of the class path (jars are left out). */
    static List<TestFileLocation> inClasspathFolders() {
        List<TestFileLocation> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(ClassLoaders.current().getResources(""))) {
                if (url.getProtocol().equals("file")) {
                    found.addAll(inRoot(Path.of(toUri(url))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class path's folders", e);
        }
        return found;
    }

    /** Return the test files under a folder on disk, as files. */
    static List<TestFileLocation> inDirectory(Path directory) {
        return walk(directory).stream().map(TestFileLocation::ofFile).toList();
    }

    private static List<TestFileLocation> at(URL url, String folder) throws IOException {
        if (url.getProtocol().equals("file")) {
            Path path = Path.of(toUri(url));
            return inFolder(path, path, folder.isEmpty() ? "" : folder + "/");
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            return inJar(jar.getJarFile(), folder + "/");
        }
        return List.of();
    }

    private static List<TestFileLocation> inFolder(Path root, Path folder, String prefix) {
        List<TestFileLocation> found = new ArrayList<>();
        for (Path file : walk(folder)) {
            String name = prefix + root.relativize(file).toString().replace('\\', '/');
            found.add(TestFileLocation.ofResource(name, file));
        }
        return found;
    }

    private static List<Path> walk(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> TestFileLocation.isTestFile(file.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static List<TestFileLocation> inJar(JarFile jar, String prefix) {
        return jar.stream().map(JarEntry::getName)
                .filter(name -> name.startsWith(prefix) && TestFileLocation.isTestFile(name)).sorted()
                .map(name -> TestFileLocation.ofResource(name, null)).toList();
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file URL: " + url, e);
        }
    }

    /** Return the file of a class path resource when it is on disk, else {@code null}. */
    static java.nio.file.@org.jspecify.annotations.Nullable Path fileOf(URL url) {
        return url.getProtocol().equals("file") ? Path.of(toUri(url)) : null;
    }
}
