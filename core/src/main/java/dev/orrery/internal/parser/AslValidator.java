package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a whole definition tree, reporting every problem to the diagnostics. */
final class AslValidator implements BranchChecker {

    private static final Set<String> TOP_FIELDS = Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds",
            "QueryLanguage");
    private static final Set<String> BRANCH_FIELDS = Set.of("Comment", "StartAt", "States");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("Comment", "StartAt", "States", "ProcessorConfig");

    private final Diagnostics diagnostics;
    private final StateChecker states;
    private final GraphChecker graphs;
    private final Map<String, String> names = new HashMap<>();

    AslValidator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.states = new StateChecker(diagnostics, this);
        this.graphs = new GraphChecker(diagnostics);
    }

    /** Validate the root of a definition. */
    void validate(JsonNode root) {
        if (!root.isObject()) {
            diagnostics.error(Diagnostics.SCHEMA, "", "the definition must be a JSON object but was "
                    + ValueChecker.describe(root));
            return;
        }
        QueryLanguage language = queryLanguage(root, "", QueryLanguage.JSON_PATH, diagnostics);
        JsonNode timeout = root.get("TimeoutSeconds");
        if (timeout != null && (!timeout.isIntegralNumber() || timeout.longValue() < 1)) {
            diagnostics.error(Diagnostics.SCHEMA, "/TimeoutSeconds", "\"TimeoutSeconds\" must be a positive integer"
                    + " but was " + ValueChecker.describe(timeout));
        }
        JsonNode version = root.get("Version");
        if (version != null && !version.isTextual()) {
            diagnostics.error(Diagnostics.SCHEMA, "/Version", "\"Version\" must be a string but was "
                    + ValueChecker.describe(version));
        }
        graph(root, "", language, TOP_FIELDS, "the state machine");
        if (language == QueryLanguage.JSONATA) {
            noJsonPathStates(root, "");
        }
    }

    /**
     * AWS refuses a top-level state that sets {@code "QueryLanguage": "JSONPath"} in a state machine whose
     * QueryLanguage is JSONata (recorded by ValidateStateMachineDefinition). Nested states are left alone: the
     * recording covers only top-level ones, and a JSONPath state in the item processor of a JSONata Map is valid.
     */
    private void noJsonPathStates(JsonNode machine, String pointer) {
        JsonNode states = machine.path("States");
        states.fieldNames().forEachRemaining(name -> {
            if (states.get(name).path("QueryLanguage").asText().equals(QueryLanguage.JSON_PATH.aslName())) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(Pointers.child(pointer, "States"), name),
                        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
            }
        });
    }

    @Override
    public void checkBranch(JsonNode branch, String pointer, QueryLanguage language, boolean processor) {
        if (!branch.isObject()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a branch must be a JSON object with \"StartAt\" and"
                    + " \"States\" but was " + ValueChecker.describe(branch));
            return;
        }
        if (processor && branch.has("ProcessorConfig")) {
            MapChecker.checkProcessorConfig(branch.get("ProcessorConfig"), pointer + "/ProcessorConfig", diagnostics);
        }
        graph(branch, pointer, language, processor ? PROCESSOR_FIELDS : BRANCH_FIELDS,
                processor ? "an ItemProcessor" : "a branch");
    }

    private void graph(JsonNode node, String pointer, QueryLanguage language, Set<String> allowed, String what) {
        node.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, field), "unknown field \"" + field
                        + "\" in " + what + Suggestions.didYouMean(field, allowed));
            }
        });
        boolean complete = states.objects().require(node, pointer, List.of("StartAt", "States"));
        JsonNode startAt = node.get("StartAt");
        if (startAt != null && !startAt.isTextual()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/StartAt", "\"StartAt\" must be a string naming a state"
                    + " but was " + ValueChecker.describe(startAt));
        }
        JsonNode stateNodes = node.get("States");
        if (stateNodes == null || !stateNodes.isObject()) {
            if (stateNodes != null) {
                diagnostics.error(Diagnostics.SCHEMA, pointer + "/States", "\"States\" must be an object of state"
                        + " names to states but was " + ValueChecker.describe(stateNodes));
            }
            return;
        }
        if (stateNodes.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/States", "Value cannot be empty");
        }
        Scope scope = new Scope(pointer);
        for (Map.Entry<String, JsonNode> entry : stateNodes.properties()) {
            String statePointer = Pointers.child(pointer + "/States", entry.getKey());
            unique(entry.getKey(), statePointer);
            states.check(entry.getKey(), entry.getValue(), statePointer, language, scope, this);
        }
        if (complete && startAt.isTextual()) {
            graphs.check(scope, startAt.asText(), pointer + "/StartAt");
        }
    }

    private void unique(String name, String pointer) {
        String first = names.putIfAbsent(name, pointer);
        if (first != null) {
            diagnostics.error(Diagnostics.DUPLICATE_STATE, pointer, "state name \"" + name + "\" is already used at "
                    + first + "; state names must be unique across the whole state machine, including Parallel"
                    + " branches and Map processors");
        }
    }

    /** Return the node's QueryLanguage, or the inherited one when it has none or an invalid one (reported). */
    static QueryLanguage queryLanguage(JsonNode node, String pointer, QueryLanguage inherited,
            Diagnostics diagnostics) {
        JsonNode value = node.get("QueryLanguage");
        if (value == null) {
            return inherited;
        }
        QueryLanguage language = value.isTextual() ? QueryLanguage.fromAslName(value.asText()) : null;
        if (language == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/QueryLanguage", "The field 'QueryLanguage' should have"
                    + " one of these values: [JSONPath, JSONata]");
            return inherited;
        }
        return language;
    }
}
