package dev.orrery.coverage;

import dev.orrery.internal.coverage.CoverageHtml;
import dev.orrery.internal.coverage.CoverageJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/**
 * The coverage report: {@code coverage.json}, and {@code index.html} with one page per state machine that draws its
 * graph, covered states and edges in green, missed ones in red and dashed. Static files, to open in a browser
 * without a server.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageReport {

    /** The name of the JSON report. */
    public static final String JSON_FILE = "coverage.json";

    /** The name of the HTML report's index page. */
    public static final String INDEX_FILE = "index.html";

    private CoverageReport() {}

    /**
     * Return the coverage as the JSON of {@code coverage.json}: per state machine its name, source, the counts of
     * states, transitions, retriers and catchers ({@code total} and {@code covered}), the missed items, its states
     * ({@code nodes}) and every item with its hits.
     *
     * @param coverage the coverage, never {@code null}
     * @return the JSON text, never {@code null}
     */
    public static String toJson(Coverage coverage) {
        return CoverageJson.write(coverage);
    }

    /**
     * Read a coverage from the JSON of {@link #toJson(Coverage)}.
     *
     * @param json the JSON text, never {@code null}
     * @param origin the file it came from, for error messages, never {@code null}
     * @return the coverage
     * @throws IllegalArgumentException naming the origin and the JSON pointer when the text is not such JSON
     */
    public static Coverage fromJson(String json, String origin) {
        return CoverageJson.read(json, origin);
    }

    /**
     * Return the HTML page of one state machine: its counts, its graph drawn in inline SVG and its missed items.
     *
     * @param coverage the coverage of the state machine, never {@code null}
     * @return a self-contained HTML document, never {@code null}
     */
    public static String page(StateMachineCoverage coverage) {
        return CoverageHtml.page(coverage);
    }

    /**
     * Write {@code coverage.json}, {@code index.html} and one page per state machine into the directory (created
     * when missing), each file replaced atomically where the file system allows it.
     *
     * @param directory the report's directory, never {@code null}
     * @param coverage the coverage, never {@code null}
     * @throws IOException when a file cannot be written
     */
    public static void write(Path directory, Coverage coverage) throws IOException {
        Files.createDirectories(directory);
        replace(directory.resolve(JSON_FILE), toJson(coverage));
        replace(directory.resolve(INDEX_FILE), CoverageHtml.index(coverage));
        for (StateMachineCoverage machine : coverage.stateMachines()) {
            replace(directory.resolve(CoverageHtml.pageName(machine)), page(machine));
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
