package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.Severity;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/diagnostics.md, compiled and run. */
class DiagnosticsExampleTests {

    @Test
    void reports_every_problem_with_its_location() {
        // tag::collect[]
        String definition = """
                {
                  "StartAt": "Charge",
                  "States": {
                    "Charge": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}],
                      "Next": "Shipp"
                    },
                    "Ship": {"Type": "Succeed"}
                  }
                }""";
        ParseResult result = AslParser.parse(definition, "order.asl.json");

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(Diagnostic::location).contains(
                "/States/Charge/Retry/0/BackoffRate", "/States/Charge/Next");
        // end::collect[]
        // tag::print[]
        for (Diagnostic diagnostic : result.diagnostics()) {
            System.out.println(diagnostic);
        }
        // end::print[]
        assertThat(result.errors()).allSatisfy(d -> assertThat(d.position()).isNotNull());
    }

    @Test
    void or_throw_lists_every_error() {
        String definition = "{\"StartAt\": \"Missing\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}";
        // tag::throw[]
        assertThatThrownBy(() -> AslParser.parse(definition).orThrow())
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("(/StartAt)");
        // end::throw[]
    }

    @Test
    void a_resource_that_is_not_an_arn_is_only_a_warning() {
        // tag::warning[]
        ParseResult result = AslParser.parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${ChargeFunctionArn}", "End": true}}}""");

        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("UNRESOLVED_SUBSTITUTION");
        // end::warning[]
    }
}
