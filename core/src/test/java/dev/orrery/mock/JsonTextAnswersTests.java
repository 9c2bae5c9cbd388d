package dev.orrery.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import org.junit.jupiter.api.Test;

class JsonTextAnswersTests {

    private static final String DEFINITION = """
            {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1}], "End": true}}}""";

    @Test
    void accepts_json_text_wherever_a_response_is_given() {
        TaskMocks text = TaskMocks.builder().state("Charge").fails("Busy", null).thenReturns("{\"paid\": true}")
                .build();
        TaskMocks payload = TaskMocks.builder().state("Charge").returnsPayload("{\"paid\": true}").build();
        TaskMocks byName = TaskMocks.builder().returns("Charge", "{\"paid\": true}").build();

        assertThat(run(text).output()).hasToString("{\"paid\":true}");
        assertThat(run(payload).output().get("Payload")).hasToString("{\"paid\":true}");
        assertThat(run(byName).output()).hasToString("{\"paid\":true}");
    }

    @Test
    void refuses_text_that_is_not_json_with_its_position() {
        assertThatThrownBy(() -> TaskMocks.builder().state("Charge").returns("{\"paid\": tru}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The mocked result is not JSON at line 1, column ");
    }

    private static Execution run(TaskMocks mocks) {
        return StateMachineRunner.create(AslParser.parse(DEFINITION).orThrow(), mocks)
                .run(JsonNodeFactory.instance.objectNode());
    }
}
