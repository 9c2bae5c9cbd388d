package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock of one Task state, or of the calls to a resource: Orrery's answers in call order (the last repeats), or
 * Step Functions Local's {@code MockedResponses} entry keyed by call numbers ({@code "0"}, {@code "1-2"}).
 *
 * @param state the Task state's name, or the resource pattern ({@code *} for any text), never {@code null}
 * @param byResource whether {@code state} is a resource pattern rather than a state name
 * @param position where the mock is written, never {@code null}
 * @param answers the answers in call order; empty when {@code stepFunctionsLocal} is given
 * @param stepFunctionsLocal the call numbers to {@code Return}/{@code Throw}, or {@code null}
 */
record StateMock(String state, boolean byResource, SourcePosition position, List<AnswerSpec> answers,
        @Nullable JsonNode stepFunctionsLocal) {

    /** Copy the answers. */
    StateMock {
        answers = List.copyOf(answers);
    }
}
