package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.scaffold.ScaffoldCase;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldSource;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a declarative test file for Orrery's test engine ({@code *.orrery.yaml}): the definition, or the template
 * and its state machine's logical id, with the substitutions (the file named relative to the test file), and per case (named by what it reaches) its input, each called Task state's answers as a list
 * ({@code returns: ...} or {@code error: ..., cause: ...}, the last one repeating), and the expected status, error
 * and path. Values are written as JSON, which YAML reads unchanged; comments name each placeholder's integration and
 * the notes.
 */
final class YamlRenderer {

    private YamlRenderer() {}

    static ScaffoldFile render(Generated generated, String name, ScaffoldSource source) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Scaffolded by 'orrery scaffold': together the cases reach ").append(generated.reached())
                .append(" of ").append(generated.targets()).append(" states, Choice branches and Catch edges.\n")
                .append("# Replace the placeholder answers with what your services return.\n");
        generated.placeholders().forEach((state, placeholder) -> yaml.append("# Placeholder of ")
                .append(oneLine(state)).append(": ").append(oneLine(placeholder.integration())).append('\n'));
        generated.notes().forEach(note -> yaml.append("# ").append(oneLine(note)).append('\n'));
        yaml.append(source.template() ? "template: " : "definition: ").append(json(source.file())).append('\n');
        if (source.stateMachine() != null) {
            yaml.append("stateMachine: ").append(json(source.stateMachine())).append('\n');
        }
        if (!source.substitutions().isEmpty()) {
            yaml.append("substitutions:\n");
            source.substitutions().forEach((key, value) -> yaml.append("  ").append(json(key)).append(": ")
                    .append(json(value)).append('\n'));
        }
        yaml.append("stateMachineName: ").append(json(name)).append('\n')
                .append("cases:\n");
        for (ScaffoldCase scaffoldCase : generated.cases()) {
            testCase(yaml, scaffoldCase);
        }
        return new ScaffoldFile(name + ".orrery.yaml", yaml.toString());
    }

    private static void testCase(StringBuilder yaml, ScaffoldCase scaffoldCase) {
        yaml.append("  ").append(json(scaffoldCase.reaches())).append(":\n")
                .append("    input: ").append(scaffoldCase.input()).append('\n');
        if (!scaffoldCase.mocks().isEmpty()) {
            yaml.append("    mocks:\n");
            scaffoldCase.mocks().forEach((state, answers) -> {
                yaml.append("      ").append(json(state)).append(":\n");
                for (Iterator<Map.Entry<String, JsonNode>> calls = answers.fields(); calls.hasNext();) {
                    answer(yaml, calls.next().getValue());
                }
            });
        }
        yaml.append("    expect:\n      status: ").append(scaffoldCase.status().name()).append('\n');
        if (scaffoldCase.error() != null) {
            yaml.append("      error: ").append(json(scaffoldCase.error())).append('\n');
        }
        yaml.append("      path: [");
        for (int i = 0; i < scaffoldCase.path().size(); i++) {
            yaml.append(i == 0 ? "" : ", ").append(json(scaffoldCase.path().get(i)));
        }
        yaml.append("]\n");
    }

    private static void answer(StringBuilder yaml, JsonNode answer) {
        if (answer.has("Return")) {
            yaml.append("        - returns: ").append(answer.get("Return")).append('\n');
        } else {
            JsonNode thrown = answer.get("Throw");
            yaml.append("        - error: ").append(json(thrown.path("Error").asText())).append('\n')
                    .append("          cause: ").append(json(thrown.path("Cause").asText())).append('\n');
        }
    }

    private static String json(String text) {
        return new TextNode(text).toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }
}
