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

/** Determinism is structural: core's main code never reads the wall clock, sleeps or draws unseeded randomness. */
class DeterminismRulesTests {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "Thread\\.sleep|TimeUnit\\.[A-Z]+\\.sleep|Instant\\.now\\(|System\\.currentTimeMillis|System\\.nanoTime"
                    + "|UUID\\.randomUUID|Math\\.random|new Random\\(|ThreadLocalRandom|LocalDateTime\\.now"
                    + "|OffsetDateTime\\.now|ZonedDateTime\\.now|Clock\\.system");

    @Test
    void core_main_code_uses_no_wall_clock_sleep_or_unseeded_randomness() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(DeterminismRulesTests::forbiddenLines)
                    .toList();
            assertThat(offenders).as("forbidden non-deterministic calls in core").isEmpty();
        }
    }

    @Test
    void core_main_code_has_no_static_mutable_fields() throws IOException {
        Pattern staticField = Pattern.compile("^\\s*(private|public|protected)?\\s*static\\s+(?!final)[\\w<>,\\[\\] ]+\\s+\\w+\\s*(=|;)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> lines(file).stream()
                            .filter(line -> staticField.matcher(line).find() && !line.contains("("))
                            .map(line -> file + ": " + line.trim()))
                    .toList();
            assertThat(offenders).as("static non-final fields in core").isEmpty();
        }
    }

    private static Stream<String> forbiddenLines(Path file) {
        return lines(file).stream()
                .filter(line -> !line.trim().startsWith("*") && !line.trim().startsWith("//"))
                .filter(line -> FORBIDDEN.matcher(line).find())
                .map(line -> file + ": " + line.trim());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
