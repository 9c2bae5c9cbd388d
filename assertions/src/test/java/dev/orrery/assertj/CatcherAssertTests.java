package dev.orrery.assertj;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import org.junit.jupiter.api.Test;

class CatcherAssertTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Execution declined() throws Exception {
        String definition = """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                    "Catch": [{"ErrorEquals": ["Payment.Timeout"], "Next": "Retry later"},
                              {"ErrorEquals": ["Payment.Declined"], "Next": "Refund"}]},
                  "Retry later": {"Type": "Succeed"},
                  "Refund": {"Type": "Succeed"}}}""";
        TaskMocks mocks = TaskMocks.builder().fails("Charge", "Payment.Declined", "card expired").build();
        return StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks).run(JSON.readTree("{}"));
    }

    @Test
    void names_the_catcher_that_handled_the_error() throws Exception {
        assertThat(declined()).state("Charge").caughtError("Payment.Declined", 1).transitionedTo("Refund");
    }

    @Test
    void fails_with_the_catcher_that_did_handle_it() throws Exception {
        Execution execution = declined();

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(execution).state("Charge").caughtError("Payment.Declined", 0));

        then(error).hasMessage(String.format("Expecting state \"Charge\" of execution \"Execution\" to have caught error:%n"
                + "  \"Payment.Declined with Catch[0]\"%nbut it caught:%n  [\"Payment.Declined\" with Catch[1]]%n"
                + "path:%n  [Charge, Refund]"));
    }
}
