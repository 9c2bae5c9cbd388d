package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.parse.Diagnostic;
import java.util.stream.Collectors;

/** Reads a case's {@code inputFile}: JSON (or YAML), found as the definition is found. */
final class InputFiles {

    private InputFiles() {}

    /**
     * Read the input file of a case.
     *
     * @throws InvalidTestFileException when the file is missing or not JSON, located at the {@code inputFile} key
     */
    static JsonNode read(TestFile file, TestFile.Located named) {
        TestFileLocation.Sibling sibling = file.named("inputFile", named.text(), named.position());
        DefinitionReader.Loaded loaded = DefinitionReader.load(sibling.text(), sibling.label(),
                DefinitionReader.isYaml(sibling.label()));
        if (loaded.document() == null || !loaded.diagnostics().isEmpty()) {
            throw new InvalidTestFileException(named.position() + ": \"inputFile\": " + sibling.label()
                    + " cannot be read:\n  " + loaded.diagnostics().stream().map(Diagnostic::toString)
                            .map(message -> message.replace("the definition", "the input"))
                            .collect(Collectors.joining("\n  ")));
        }
        return loaded.document().root();
    }
}
