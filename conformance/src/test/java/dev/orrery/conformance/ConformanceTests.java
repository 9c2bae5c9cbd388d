package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays the corpus recorded on real AWS (system property {@code orrery.conformance.dir}) with a ratchet: only the
 * cases of {@code conformance-known-failures.txt} may fail. With {@code -Dorrery.conformance.update=true} the list
 * is rewritten from the current results instead.
 */
class ConformanceTests {

    private static final int MAX_SHOWN = 25;
    private static final Path KNOWN_FAILURES = Path.of("src/test/resources/conformance-known-failures.txt");

    @Test
    void every_recorded_case_passes_unless_listed_as_a_known_failure() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "Conformance corpus not found (system property orrery.conformance.dir=" + dir
                        + "): skipping. It lives in ../shared/conformance beside the checkout.");

        ConformanceReport report = ConformanceRunner.runAll(Path.of(dir));
        report.summaryLines().forEach(System.out::println);

        if (Boolean.getBoolean("orrery.conformance.update")) {
            Map<String, String> previous = Files.exists(KNOWN_FAILURES)
                    ? KnownFailures.parse(Files.readString(KNOWN_FAILURES, StandardCharsets.UTF_8)) : Map.of();
            Files.writeString(KNOWN_FAILURES, KnownFailures.format(report, previous), StandardCharsets.UTF_8);
            System.out.println("Rewrote " + KNOWN_FAILURES.toAbsolutePath() + " with "
                    + report.failures().size() + " known failures");
            return;
        }
        Map<String, String> known = KnownFailures.parse(Files.readString(KNOWN_FAILURES, StandardCharsets.UTF_8));
        List<String> violations = KnownFailures.violations(report, known.keySet());
        violations.forEach(System.out::println);
        assertThat(violations.stream().limit(MAX_SHOWN).toList())
                .as("conformance ratchet: %d violation(s), first %d shown (%s); after a deliberate change,"
                        + " regenerate the list with -Dorrery.conformance.update=true",
                        violations.size(), MAX_SHOWN, report.summary())
                .isEmpty();
    }
}
