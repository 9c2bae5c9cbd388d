package dev.orrery.internal.scaffold;

import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldSource;
import java.util.List;

/** Writes a generated scaffold in one of the formats. */
public final class Renderers {

    private Renderers() {}

    /**
     * Write a scaffold.
     *
     * @param generated the scaffold
     * @param format {@code mock-config}, {@code junit} or {@code orrery-yaml}
     * @param name the state machine's name
     * @param source where the tests find the state machine
     * @return the files
     */
    public static List<ScaffoldFile> render(Generated generated, String format, String name, ScaffoldSource source) {
        return switch (format) {
            case "mock-config" -> MockConfigRenderer.render(generated, name, source);
            case "junit" -> List.of(JunitRenderer.render(generated, name, source));
            case "orrery-yaml" -> List.of(YamlRenderer.render(generated, name, source));
            default -> throw new IllegalArgumentException("no scaffold format " + format);
        };
    }
}
