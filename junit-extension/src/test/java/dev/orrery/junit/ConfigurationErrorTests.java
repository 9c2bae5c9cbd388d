package dev.orrery.junit;

import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.run.Execution;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ConfigurationErrorTests {

    @Test
    void names_the_class_the_annotation_and_the_fix_when_no_definition_is_given() {
        assertFails(Kit.run(NoDefinitionTestCase.class), "No definition for @StateMachineTest on NoDefinitionTestCase;"
                + " set definition = \"statemachines/order.asl.json\" (a classpath resource or a file path), or"
                + " template = \"template.yaml\" with stateMachine = \"LogicalId\".");
    }

    @Test
    void says_where_to_put_a_missing_definition() {
        assertFails(Kit.run(MissingDefinitionTestCase.class), m -> m.startsWith(
                "No definition \"junit/missing.asl.json\" found for @StateMachineTest on MissingDefinitionTestCase; "
                        + "put \"junit/missing.asl.json\" under src/test/resources or give a path relative to "));
    }

    @Test
    void lists_every_problem_of_an_invalid_definition() {
        assertFails(Kit.run(InvalidDefinitionTestCase.class), m -> m.startsWith(
                "Invalid definition junit/invalid.asl.json for @StateMachineTest on InvalidDefinitionTestCase; "
                        + "fix these problems:\njunit/invalid.asl.json"));
    }

    @Test
    void names_the_states_when_a_mock_task_names_an_unknown_state() {
        assertFails(Kit.run(UnknownStateTestCase.class), "Unknown state \"Charge\" for @MockTask on "
                + "UnknownStateTestCase; use one of the definition's states [Check Inventory, In Stock?, "
                + "Out Of Stock, Process Payment, Refund, Complete Order].");
    }

    @Test
    void suggests_the_closest_state_when_a_mock_task_misspells_one() {
        assertFails(Kit.run(MisspeltStateTestCase.class), "Unknown state \"Process payment\" for @MockTask on "
                + "MisspeltStateTestCase; did you mean \"Process Payment\"? The definition's states are [Check "
                + "Inventory, In Stock?, Out Of Stock, Process Payment, Refund, Complete Order].");
    }

    @Test
    void suggests_the_closest_state_when_a_mock_file_misspells_one() {
        assertFails(Kit.run(MisspeltMockConfigTestCase.class), m -> m.startsWith("Test case \"HappyPath\" of "
                + "junit/misspelt-mock-config.json mocks the unknown state \"Check inventory\" for @StateMachineTest "
                + "on MisspeltMockConfigTestCase; did you mean \"Check Inventory\"? Rename it"));
    }

    @Test
    void asks_for_exactly_one_answer_per_mock_task() {
        assertFails(Kit.run(TwoAnswersTestCase.class), "State \"Refund\" has 2 answers for @MockTask on "
                + "TwoAnswersTestCase; give exactly one of returns, returnsFile and error.");
    }

    @Test
    void points_into_a_bad_mock_configuration() {
        assertFails(Kit.run(BadMockConfigTestCase.class), m -> m.startsWith(
                "Bad mock configuration junit/bad-mock-config.json for @StateMachineTest on BadMockConfigTestCase; "
                        + "fix it: ") && m.contains("/StateMachines/Orders/TestCases/HappyPath/Check Inventory"));
    }

    @Test
    void lists_the_test_cases_when_the_test_case_is_unknown() {
        assertFails(Kit.run(UnknownTestCaseTestCase.class), "Unknown test case \"Sad\" of junit/MockConfigFile.json "
                + "for @StateMachineTest on UnknownTestCaseTestCase; use one of [HappyPath, OutOfStock].");
    }

    @Test
    void asks_for_the_annotation_when_the_extension_is_registered_alone() {
        assertFails(Kit.run(NoAnnotationTestCase.class), "No state machine for @ExtendWith(OrreryExtension.class) "
                + "on NoAnnotationTestCase; annotate the class with @StateMachineTest(definition = \"...\") or "
                + "register OrreryExtension.builder().definition(\"...\").build() with @RegisterExtension.");
    }

    @Test
    void rejects_a_bad_start_time() {
        assertFails(Kit.run(BadStartTimeTestCase.class), "Bad startTime \"tomorrow\" for @StateMachineTest on "
                + "BadStartTimeTestCase; write an ISO-8601 instant such as startTime = \"2025-01-01T00:00:00Z\".");
    }

    @Test
    void rejects_an_input_that_is_not_json() {
        assertFails(Kit.run(BadInputTestCase.class), "The input of runs is not JSON (1:2: Unexpected character ('o' "
                + "(code 111)): was expecting double-quote to start field name) for @Input on BadInputTestCase; "
                + "write valid JSON, e.g. @Input(\"{\\\"orderId\\\": 42}\").");
    }

    @Test
    void rejects_an_input_with_a_duplicate_key_instead_of_keeping_the_last() {
        assertFails(Kit.run(DuplicateKeyInputTestCase.class), "The input of runs is not JSON (1:25: Duplicate field "
                + "'orderId') for @Input on DuplicateKeyInputTestCase; "
                + "write valid JSON, e.g. @Input(\"{\\\"orderId\\\": 42}\").");
    }

    @Test
    void rejects_a_bad_latency() {
        assertFails(Kit.run(BadLatencyTestCase.class), "Bad latency \"2s\" for @MockTask on BadLatencyTestCase; "
                + "write an ISO-8601 duration such as latency = \"PT2S\".");
    }

    private static void assertFails(EngineExecutionResults results, String message) {
        assertFails(results, message::equals);
    }

    private static void assertFails(EngineExecutionResults results, Predicate<String> message) {
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1)).assertThatEvents().haveExactly(1,
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(message)));
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Process payment", returns = "{}")
    static class MisspeltStateTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = "junit/misspelt-mock-config.json",
            testCase = "HappyPath")
    static class MisspeltMockConfigTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest
    static class NoDefinitionTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = "junit/missing.asl.json")
    static class MissingDefinitionTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = "junit/invalid.asl.json")
    static class InvalidDefinitionTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class UnknownStateTestCase {
        @Test
        @MockTask(state = "Charge", returns = "{}")
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class TwoAnswersTestCase {
        @Test
        @MockTask(state = "Refund", returns = "{}", error = "E")
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = "junit/bad-mock-config.json")
    static class BadMockConfigTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = Kit.MOCK_CONFIG, testCase = "Sad")
    static class UnknownTestCaseTestCase {
        @Test
        void runs(Execution run) {}
    }

    @ExtendWith(OrreryExtension.class)
    static class NoAnnotationTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION, startTime = "tomorrow")
    static class BadStartTimeTestCase {
        @Test
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class BadInputTestCase {
        @Test
        @Input("{orderId")
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class DuplicateKeyInputTestCase {
        @Test
        @Input("{\"orderId\": 1, \"orderId\": 2}")
        void runs(Execution run) {}
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class BadLatencyTestCase {
        @Test
        @MockTask(state = "Refund", returns = "{}", latency = "2s")
        void runs(Execution run) {}
    }
}
