package dev.orrery.assertj;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test fixtures: an order workflow run on the virtual clock, JSON literals, and failure capture. */
final class Executions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Validate, then ChargeCard (retries Payment.Transient, catches Payment.Declined into Refund), then Ship. */
    static final String ORDER = """
            {'StartAt': 'Validate', 'States': {
             'Validate': {'Type': 'Pass', 'Result': {'valid': true}, 'ResultPath': '$.validation',
                          'Next': 'ChargeCard'},
             'ChargeCard': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                            'Parameters': {'FunctionName': 'charge', 'Payload': {'amount.$': '$.amount'}},
                            'ResultPath': '$.payment',
                            'Retry': [{'ErrorEquals': ['Payment.Transient'], 'IntervalSeconds': 1,
                                       'BackoffRate': 2, 'MaxAttempts': 3}],
                            'Catch': [{'ErrorEquals': ['Payment.Declined'], 'ResultPath': '$.error',
                                       'Next': 'Refund'}],
                            'Next': 'Ship'},
             'Ship': {'Type': 'Wait', 'Seconds': 7200, 'End': true},
             'Refund': {'Type': 'Pass', 'End': true}}}""";

    private Executions() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Execution run(String definition, String input, TaskMocks mocks) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), mocks,
                ExecutionOptions.defaults().withExecutionName("order-42")).run(json(input));
    }

    /** The order paid on the first attempt and shipped two virtual hours later. */
    static Execution shipped() {
        return run(ORDER, "{'orderId': 42, 'amount': 10}",
                TaskMocks.builder().returns("ChargeCard", json("{'status': 'PAID'}")).build());
    }

    /** The card failed twice transiently, was then declined, and the order was refunded. */
    static Execution refunded() {
        return run(ORDER, "{'orderId': 42, 'amount': 10}", TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Declined", "card expired")).build());
    }

    /** The card was stolen: an uncaught error failed the execution in ChargeCard. */
    static Execution stolen() {
        return run(ORDER, "{'orderId': 42, 'amount': 10}",
                TaskMocks.builder().fails("ChargeCard", "Payment.Fatal", "card stolen").build());
    }

    static AssertionError expectAssertionError(ThrowingCallable assertion) {
        AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
        if (error == null) {
            throw new AssertionError("Expected the assertion to fail, but it passed");
        }
        return error;
    }
}
