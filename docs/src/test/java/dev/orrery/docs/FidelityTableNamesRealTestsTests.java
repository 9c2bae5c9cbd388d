package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test that {@code fidelity.md} names ({@code `Class#method`}, or {@code `#method`} for a method of the class named
 * last before it) exists, so that the table of rules cannot point at a test that was renamed or removed.
 */
class FidelityTableNamesRealTestsTests {

    private static final Pattern REFERENCE = Pattern.compile("`([\\w./]*Tests)?#(\\w+)`");
    private static final Pattern CLASS_ONLY = Pattern.compile("`(?:dev\\.orrery\\.[\\w.]+\\.)?(\\w+Tests)`");

    @Test
    void every_test_the_fidelity_table_names_exists() throws IOException {
        Map<String, Path> testClasses = testClasses();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        String current = null;
        for (String line : Files.readAllLines(Path.of("fidelity.md"))) {
            Matcher matcher = REFERENCE.matcher(line);
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    String[] parts = matcher.group(1).split("[./]");
                    current = parts[parts.length - 1];
                }
                Path source = current == null ? null : testClasses.get(current);
                if (source == null || !Files.readString(source).contains("void " + matcher.group(2) + "(")) {
                    missing.add(current + "#" + matcher.group(2));
                }
                checked++;
            }
            Matcher classes = CLASS_ONLY.matcher(line);
            while (classes.find()) {
                if (!testClasses.containsKey(classes.group(1))) {
                    missing.add(classes.group(1));
                }
            }
        }
        assertThat(checked).as("test references in fidelity.md").isGreaterThan(50);
        assertThat(missing).as("tests named in fidelity.md that do not exist").isEmpty();
    }

    /** Return every test class of the project's modules by simple name. */
    private static Map<String, Path> testClasses() throws IOException {
        Map<String, Path> classes = new HashMap<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    files.filter(f -> f.toString().endsWith("Tests.java")).forEach(f -> classes.put(
                            f.getFileName().toString().replace(".java", ""), f));
                }
            }
        }
        return classes;
    }
}
