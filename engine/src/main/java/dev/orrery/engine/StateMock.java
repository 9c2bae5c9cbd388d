package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock of one Task state: Orrery's answers in call order (the last repeats), or Step Functions Local's
 * {@code MockedResponses} entry keyed by call numbers ({@code "0"}, {@code "1-2"}).
 *
 * @param state the Task state's name, never {@code null}
 * @param position where the mock is written, never {@code null}
 * @param answers the answers in call order; empty when {@code stepFunctionsLocal} is given
 * @param stepFunctionsLocal the call numbers to {@code Return}/{@code Throw}, or {@code null}
 */
record StateMock(String state, SourcePosition position, List<AnswerSpec> answers,
        @Nullable JsonNode stepFunctionsLocal) {

    /** Copy the answers. */
    StateMock {
        answers = List.copyOf(answers);
    }
}
