package dev.orrery.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.Map;

/** The evaluation context the expression fuzz tests evaluate in: a Context object, one variable, a fixed seed. */
final class Contexts {

    static final JsonNode CONTEXT_OBJECT = FuzzInput.json("""
            {"Execution":{"Id":"arn:aws:states:us-east-1:123456789012:execution:m:e","Name":"e",\
            "StartTime":"2025-01-01T00:00:00.000Z","RoleArn":"arn:aws:iam::123456789012:role/r",\
            "Input":{"k":1}},"State":{"Name":"S","EnteredTime":"2025-01-01T00:00:00.000Z","RetryCount":0},\
            "StateMachine":{"Id":"arn:aws:states:us-east-1:123456789012:stateMachine:m","Name":"m"},\
            "Map":{"Item":{"Index":0,"Value":{"id":1}}}}""");

    private Contexts() {}

    /** A context whose variable {@code $v} is the given document and whose Context object is fixed. */
    static EvaluationContext with(JsonNode variable) {
        return EvaluationContext.of(CONTEXT_OBJECT.deepCopy(), Map.of("v", variable), 42L);
    }
}
