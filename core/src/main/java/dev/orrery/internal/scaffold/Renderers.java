package dev.orrery.internal.scaffold;

import dev.orrery.scaffold.ScaffoldFile;
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
     * @param definition the definition's path as the tests name it
     * @return the files
     */
    public static List<ScaffoldFile> render(Generated generated, String format, String name, String definition) {
        return switch (format) {
            case "mock-config" -> MockConfigRenderer.render(generated, name, definition);
            case "junit" -> List.of(JunitRenderer.render(generated, name, definition));
            case "orrery-yaml" -> List.of(YamlRenderer.render(generated, name, definition));
            default -> throw new IllegalArgumentException("no scaffold format " + format);
        };
    }
}
