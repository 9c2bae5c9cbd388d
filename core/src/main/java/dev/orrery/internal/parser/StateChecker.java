package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.StateType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks one state: its type, fields, mutually exclusive fields, transition and type-specific rules. */
final class StateChecker {

    /** The longest state name AWS accepts. */
    static final int MAX_NAME_LENGTH = 80;

    private static final String TYPES = "[Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]";

    private final Diagnostics diagnostics;
    private final ObjectChecker objects;
    private final ErrorHandlingChecker errorHandling;
    private final ChoiceChecker choices;
    private final TaskChecker tasks;
    private final MapChecker maps;
    private final Map<StateType, Map<String, FieldSpec>> fields = new EnumMap<>(StateType.class);

    StateChecker(Diagnostics diagnostics, BranchChecker branches) {
        this.diagnostics = diagnostics;
        this.objects = new ObjectChecker(diagnostics, new ValueChecker(diagnostics));
        this.errorHandling = new ErrorHandlingChecker(diagnostics, objects);
        this.choices = new ChoiceChecker(diagnostics, objects);
        this.tasks = new TaskChecker(diagnostics);
        this.maps = new MapChecker(diagnostics, objects, branches);
        for (StateType type : StateType.values()) {
            fields.put(type, withTransitionFields(type));
        }
    }

    /** Return the object checker shared by all checks. */
    ObjectChecker objects() {
        return objects;
    }

    /** Check the state and record it, its transitions and whether it is terminal in the scope. */
    void check(String name, JsonNode state, String pointer, QueryLanguage inherited, Scope scope,
            BranchChecker branches) {
        scope.state(name, pointer);
        if (name.length() > MAX_NAME_LENGTH) {
            diagnostics.error(Diagnostics.INVALID_STATE_NAME, pointer, "state name must be at most "
                    + MAX_NAME_LENGTH + " characters but has " + name.length());
        }
        if (!state.isObject()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a state must be a JSON object but was "
                    + ValueChecker.describe(state));
            return;
        }
        StateType type = type(state, pointer);
        if (type == null) {
            scope.terminal(name);
            return;
        }
        QueryLanguage language = AslValidator.queryLanguage(state, pointer, inherited, diagnostics);
        objects.check(state, pointer, "a " + type.aslName() + " state", fields.get(type), language);
        notAllowedTransitions(type, state, pointer);
        transition(name, type, state, pointer, scope);
        specific(name, type, state, pointer, language, scope, branches);
    }

    private @org.jspecify.annotations.Nullable StateType type(JsonNode state, String pointer) {
        JsonNode type = state.get("Type");
        if (type == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "These fields are required: [Type]");
            return null;
        }
        StateType result = type.isTextual() ? StateType.fromAslName(type.asText()) : null;
        if (result == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/Type", "The field 'Type' should have one of these"
                    + " values: " + TYPES);
        }
        return result;
    }

    private void specific(String name, StateType type, JsonNode state, String pointer, QueryLanguage language,
            Scope scope, BranchChecker branches) {
        switch (type) {
            case TASK -> {
                objects.require(state, pointer, List.of("Resource"));
                objects.exclusive(state, pointer, "TimeoutSeconds", "TimeoutSecondsPath");
                objects.exclusive(state, pointer, "HeartbeatSeconds", "HeartbeatSecondsPath");
                tasks.check(state, pointer);
            }
            case CHOICE -> {
                objects.require(state, pointer, List.of("Choices"));
                choices.check(name, state, pointer, language, scope);
            }
            case WAIT -> waitDuration(state, pointer);
            case FAIL -> {
                objects.exclusive(state, pointer, "Error", "ErrorPath");
                objects.exclusive(state, pointer, "Cause", "CausePath");
            }
            case PARALLEL -> branches(state, pointer, language, branches);
            case MAP -> maps.check(state, pointer, language);
            default -> { }
        }
        if (type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP) {
            errorHandling.checkRetry(state, pointer, language);
            errorHandling.checkCatch(name, state, pointer, language, scope);
        }
    }

    private void waitDuration(JsonNode state, String pointer) {
        List<String> durations = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
        if (durations.stream().noneMatch(state::has)) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a Wait state needs exactly one of " + durations);
        }
        objects.exclusive(state, pointer, durations.toArray(String[]::new));
    }

    private void branches(JsonNode state, String pointer, QueryLanguage language, BranchChecker branches) {
        objects.require(state, pointer, List.of("Branches"));
        JsonNode list = state.get("Branches");
        if (list == null || !list.isArray()) {
            return;
        }
        if (list.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/Branches", "Value cannot be empty");
        }
        for (int i = 0; i < list.size(); i++) {
            branches.checkBranch(list.get(i), Pointers.child(pointer + "/Branches", i), language, false);
        }
    }

    private void transition(String name, StateType type, JsonNode state, String pointer, Scope scope) {
        if (type == StateType.SUCCEED || type == StateType.FAIL) {
            scope.terminal(name);
            return;
        }
        if (type == StateType.CHOICE) {
            return;
        }
        JsonNode next = state.get("Next");
        boolean end = state.path("End").asBoolean(false);
        if (next == null && state.has("End") && !state.get("End").isBoolean()) {
            scope.terminal(name);
            return;
        }
        if (next != null && state.has("End")) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/End", "\"Next\" and \"End\" are mutually exclusive;"
                    + " give \"Next\" to continue or \"End\": true to stop");
        } else if (next == null && !end) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a " + type.aslName() + " state needs \"Next\" naming"
                    + " the next state or \"End\": true");
        }
        if (next != null && next.isTextual()) {
            scope.target(name, "Next", next.asText(), pointer + "/Next");
        }
        if (end || next == null) {
            scope.terminal(name);
        }
    }

    private void notAllowedTransitions(StateType type, JsonNode state, String pointer) {
        if (type != StateType.CHOICE && type != StateType.SUCCEED && type != StateType.FAIL) {
            return;
        }
        String why = type == StateType.CHOICE ? "; each rule of \"Choices\" names its \"Next\" state and \"Default\""
                + " the fallback" : "; it ends the execution or branch by itself";
        for (String field : List.of("Next", "End")) {
            if (state.has(field)) {
                diagnostics.error(Diagnostics.SCHEMA, pointer + "/" + field, "a " + type.aslName()
                        + " state cannot have \"" + field + "\"" + why);
            }
        }
    }

    private static Map<String, FieldSpec> withTransitionFields(StateType type) {
        Map<String, FieldSpec> result = new LinkedHashMap<>(StateFields.of(type));
        result.putIfAbsent("Next", FieldSpec.of("Next", FieldKind.ANY));
        result.putIfAbsent("End", FieldSpec.of("End", FieldKind.ANY));
        return result;
    }
}
