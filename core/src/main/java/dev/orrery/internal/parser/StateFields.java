package dev.orrery.internal.parser;

import static dev.orrery.internal.parser.FieldKind.ANY;
import static dev.orrery.internal.parser.FieldKind.ARRAY;
import static dev.orrery.internal.parser.FieldKind.BOOLEAN;
import static dev.orrery.internal.parser.FieldKind.EXPRESSION;
import static dev.orrery.internal.parser.FieldKind.INTEGER;
import static dev.orrery.internal.parser.FieldKind.NULLABLE_PATH;
import static dev.orrery.internal.parser.FieldKind.NULLABLE_REFERENCE_PATH;
import static dev.orrery.internal.parser.FieldKind.NUMBER;
import static dev.orrery.internal.parser.FieldKind.OBJECT;
import static dev.orrery.internal.parser.FieldKind.PATH_OR_INTRINSIC;
import static dev.orrery.internal.parser.FieldKind.REFERENCE_PATH;
import static dev.orrery.internal.parser.FieldKind.STRING;
import static dev.orrery.internal.parser.FieldKind.STRING_OR_EXPRESSION;
import static dev.orrery.internal.parser.FieldKind.TEMPLATE;
import static dev.orrery.internal.parser.FieldKind.TIMESTAMP;

import dev.orrery.model.StateType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields each state type allows, with what their values must be and which query language allows them. */
final class StateFields {

    /** The largest number AWS accepts for seconds, attempts and counts. */
    static final long MAX = 99_999_999L;

    private static final List<FieldSpec> COMMON = List.of(
            FieldSpec.of("Type", STRING), FieldSpec.of("Comment", STRING), FieldSpec.of("QueryLanguage", STRING));
    private static final List<FieldSpec> TRANSITION = List.of(FieldSpec.of("Next", STRING), FieldSpec.of("End", BOOLEAN));
    private static final List<FieldSpec> IO = List.of(FieldSpec.jsonPath("InputPath", NULLABLE_PATH),
            FieldSpec.jsonPath("OutputPath", NULLABLE_PATH), FieldSpec.jsonata("Output", EXPRESSION));
    private static final List<FieldSpec> RESULT = List.of(FieldSpec.jsonPath("ResultPath", NULLABLE_REFERENCE_PATH),
            FieldSpec.jsonPath("Parameters", TEMPLATE), FieldSpec.jsonata("Arguments", EXPRESSION),
            FieldSpec.of("Assign", EXPRESSION));
    private static final List<FieldSpec> ERRORS = List.of(FieldSpec.jsonPath("ResultSelector", TEMPLATE),
            FieldSpec.of("Retry", ARRAY), FieldSpec.of("Catch", ARRAY));

    private StateFields() {}

    /** Return the fields the state type allows, in a stable order. */
    static Map<String, FieldSpec> of(StateType type) {
        List<FieldSpec> fields = new ArrayList<>(COMMON);
        switch (type) {
            case PASS -> add(fields, TRANSITION, IO, RESULT, List.of(FieldSpec.jsonPath("Result", ANY)));
            case TASK -> add(fields, TRANSITION, IO, RESULT, ERRORS, task());
            case CHOICE -> add(fields, IO, List.of(FieldSpec.of("Choices", ARRAY), FieldSpec.of("Default", STRING),
                    FieldSpec.of("Assign", EXPRESSION)));
            case WAIT -> add(fields, TRANSITION, IO, waitFields(), List.of(FieldSpec.of("Assign", EXPRESSION)));
            case SUCCEED -> add(fields, IO);
            case FAIL -> add(fields, List.of(FieldSpec.of("Error", STRING_OR_EXPRESSION),
                    FieldSpec.jsonPath("ErrorPath", PATH_OR_INTRINSIC), FieldSpec.of("Cause", STRING_OR_EXPRESSION),
                    FieldSpec.jsonPath("CausePath", PATH_OR_INTRINSIC)));
            case PARALLEL -> add(fields, TRANSITION, IO, RESULT, ERRORS, List.of(FieldSpec.of("Branches", ARRAY)));
            case MAP -> add(fields, TRANSITION, IO, RESULT, ERRORS, map());
        }
        Map<String, FieldSpec> result = new LinkedHashMap<>();
        fields.forEach(field -> result.put(field.name(), field));
        return Collections.unmodifiableMap(result);
    }

    private static List<FieldSpec> task() {
        return List.of(FieldSpec.of("Resource", ANY), FieldSpec.range("TimeoutSeconds", INTEGER, 1, MAX),
                FieldSpec.jsonPath("TimeoutSecondsPath", REFERENCE_PATH),
                FieldSpec.range("HeartbeatSeconds", INTEGER, 1, MAX),
                FieldSpec.jsonPath("HeartbeatSecondsPath", REFERENCE_PATH), FieldSpec.of("Credentials", TEMPLATE));
    }

    private static List<FieldSpec> waitFields() {
        return List.of(FieldSpec.range("Seconds", INTEGER, 0, MAX), FieldSpec.jsonPath("SecondsPath", REFERENCE_PATH),
                FieldSpec.of("Timestamp", TIMESTAMP), FieldSpec.jsonPath("TimestampPath", REFERENCE_PATH));
    }

    private static List<FieldSpec> map() {
        return List.of(FieldSpec.of("ItemProcessor", OBJECT), FieldSpec.of("Iterator", OBJECT),
                FieldSpec.jsonPath("ItemsPath", REFERENCE_PATH), FieldSpec.jsonata("Items", EXPRESSION),
                FieldSpec.of("ItemSelector", TEMPLATE), FieldSpec.range("MaxConcurrency", INTEGER, 0, MAX),
                FieldSpec.jsonPath("MaxConcurrencyPath", REFERENCE_PATH), FieldSpec.of("ItemReader", OBJECT),
                FieldSpec.of("ItemBatcher", OBJECT), FieldSpec.of("ResultWriter", OBJECT),
                FieldSpec.range("ToleratedFailurePercentage", NUMBER, 0, 100),
                FieldSpec.jsonPath("ToleratedFailurePercentagePath", REFERENCE_PATH),
                FieldSpec.range("ToleratedFailureCount", INTEGER, 0, MAX),
                FieldSpec.jsonPath("ToleratedFailureCountPath", REFERENCE_PATH), FieldSpec.of("Label", STRING));
    }

    @SafeVarargs
    private static void add(List<FieldSpec> fields, List<FieldSpec>... groups) {
        for (List<FieldSpec> group : groups) {
            fields.addAll(group);
        }
    }
}
