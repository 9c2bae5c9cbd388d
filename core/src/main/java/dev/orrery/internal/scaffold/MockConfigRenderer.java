package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.scaffold.ScaffoldCase;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code MockConfigFile.json} as Step Functions Local reads it ({@code StateMachines → name → TestCases → case
 * → state → mocked response name}, {@code MockedResponses → name → call range → Return/Throw}), one mocked response
 * per distinct answer list, and beside it {@code <name>.inputs.json}: each case's input, what it reaches, its expected
 * status and path, the placeholders' integrations and the notes. The mock configuration format has no place for
 * inputs or comments.
 */
final class MockConfigRenderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MockConfigRenderer() {}

    static List<ScaffoldFile> render(Generated generated, String name, ScaffoldSource source) {
        ObjectNode config = NODES.objectNode();
        ObjectNode testCases = config.putObject("StateMachines").putObject(name).putObject("TestCases");
        ObjectNode responses = config.putObject("MockedResponses");
        Map<JsonNode, String> names = new LinkedHashMap<>();
        for (ScaffoldCase scaffoldCase : generated.cases()) {
            ObjectNode states = testCases.putObject(scaffoldCase.name());
            scaffoldCase.mocks().forEach((state, answers) -> states.put(state,
                    responseName(state, scaffoldCase.name(), answers, names, responses)));
        }
        return List.of(new ScaffoldFile("MockConfigFile.json", config.toPrettyString() + "\n"),
                new ScaffoldFile(name + ".inputs.json", inputs(generated, source).toPrettyString() + "\n"));
    }

    private static String responseName(String state, String caseName, JsonNode answers, Map<JsonNode, String> names,
            ObjectNode responses) {
        String known = names.get(answers);
        if (known != null) {
            return known;
        }
        String base = Cases.pascal(state);
        String name = names.containsValue(base) ? base + "In" + caseName : base;
        for (int n = 2; names.containsValue(name); n++) {
            name = base + "In" + caseName + n;
        }
        names.put(answers, name);
        responses.set(name, answers.deepCopy());
        return name;
    }

    private static ObjectNode inputs(Generated generated, ScaffoldSource source) {
        ObjectNode inputs = NODES.objectNode();
        inputs.put(source.template() ? "Template" : "Definition", source.file());
        if (source.stateMachine() != null) {
            inputs.put("StateMachine", source.stateMachine());
        }
        if (!source.substitutions().isEmpty()) {
            ObjectNode substitutions = inputs.putObject("Substitutions");
            source.substitutions().forEach(substitutions::put);
        }
        ObjectNode cases = inputs.putObject("TestCases");
        for (ScaffoldCase scaffoldCase : generated.cases()) {
            ObjectNode entry = cases.putObject(scaffoldCase.name());
            entry.put("Reaches", scaffoldCase.reaches());
            entry.set("Input", scaffoldCase.input().deepCopy());
            entry.put("ExpectedStatus", scaffoldCase.status().name());
            if (scaffoldCase.error() != null) {
                entry.put("ExpectedError", scaffoldCase.error());
            }
            scaffoldCase.path().forEach(entry.putArray("ExpectedPath")::add);
        }
        ObjectNode integrations = inputs.putObject("Placeholders");
        generated.placeholders().forEach((state, placeholder) -> integrations.put(state, placeholder.integration()));
        generated.notes().forEach(inputs.putArray("Notes")::add);
        return inputs;
    }
}
