package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.MockConfigTestCase;
import dev.orrery.junit.OrreryExtension;
import dev.orrery.junit.StepFunctionsLocalTestCases;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

class JunitTestCasesExampleTests {

    // tag::register[]
    @RegisterExtension
    static final OrreryExtension ORRERY = OrreryExtension.builder()
            .definition("../examples/order-fulfilment/order.asl.json")
            .mockConfig("order-fulfilment/MockConfigFile.json")
            .startTime(Instant.parse("2025-03-01T09:00:00Z"))
            .seed(42)
            .build();
    // end::register[]

    // tag::test-cases[]
    private static final Map<String, ExecutionStatus> EXPECTED = Map.of(
            "HappyPath", ExecutionStatus.SUCCEEDED,
            "PaymentDeclined", ExecutionStatus.FAILED,
            "InvalidOrder", ExecutionStatus.FAILED);

    @StepFunctionsLocalTestCases
    @Input(file = "../examples/order-fulfilment/input.json")
    void ends_as_each_test_case_expects(MockConfigTestCase testCase, Execution run) {
        assertThat(run).hasStatus(EXPECTED.get(testCase.name())).hasVisited("Validate order");
    }
    // end::test-cases[]
}
