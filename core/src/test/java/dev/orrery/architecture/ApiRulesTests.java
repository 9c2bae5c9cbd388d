package dev.orrery.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wall between API and internals, checked on the sources (STYLE.md "API and packages"). */
class ApiRulesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ");

    @Test
    void every_package_has_a_null_marked_package_info() throws IOException {
        List<String> missing = directories().filter(ApiRulesTests::hasJava)
                .filter(dir -> !read(dir.resolve("package-info.java")).contains("@NullMarked"))
                .map(Path::toString)
                .toList();
        assertThat(missing).as("packages without an @NullMarked package-info.java").isEmpty();
    }

    @Test
    void every_public_api_type_has_javadoc_and_an_api_status() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().contains("/internal/"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .filter(file -> isPublicTopLevel(read(file)))
                    .filter(file -> !read(file).contains("@API(status") || !read(file).contains("/**"))
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).as("public API types without Javadoc or @API").isEmpty();
        }
    }

    private static boolean isPublicTopLevel(String source) {
        return source.lines().anyMatch(line -> PUBLIC_TYPE.matcher(line).find());
    }

    private static Stream<Path> directories() throws IOException {
        try (Stream<Path> all = Files.walk(SOURCES)) {
            return all.filter(Files::isDirectory).toList().stream();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")
                    && !f.endsWith("module-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
