package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import org.junit.jupiter.api.Test;

class PathReportTests {

    private static final StateMachine ORDERS = AslParser.parseResource(Kit.DEFINITION).orThrow();

    @Test
    void draws_the_state_graph_with_the_path_taken() {
        // GIVEN
        TaskMocks mocks = TaskMocks.builder()
                .returns("Check Inventory", JsonNodeFactory.instance.objectNode().put("inStock", true))
                .fails("Process Payment", "States.Timeout", null)
                .returns("Refund", JsonNodeFactory.instance.objectNode())
                .build();

        // WHEN
        Execution run = StateMachineRunner.create(ORDERS, mocks).run(JsonNodeFactory.instance.objectNode());

        // THEN
        assertThat(PathReport.mermaid(ORDERS, run)).isEqualTo("""
                flowchart TD
                  start((start))
                  s0["Check Inventory"]
                  s1["In Stock?"]
                  s2["Out Of Stock"]
                  s3["Process Payment"]
                  s4["Refund"]
                  s5["Complete Order"]
                  start --> s0
                  s0 --> s1
                  s1 -- "rule 1" --> s3
                  s1 -- "Default" --> s2
                  s3 --> s5
                  s3 -- "Catch States.Timeout" --> s4
                  s4 --> done
                  done((end))
                  classDef visited fill:#c8e6c9,stroke:#2e7d32
                  classDef failed fill:#ffcdd2,stroke:#c62828
                  class s0 visited
                  class s1 visited
                  class s3 visited
                  class s4 visited
                  linkStyle 0 stroke:#2e7d32,stroke-width:3px
                  linkStyle 1 stroke:#2e7d32,stroke-width:3px
                  linkStyle 2 stroke:#2e7d32,stroke-width:3px
                  linkStyle 5 stroke:#2e7d32,stroke-width:3px
                  linkStyle 6 stroke:#2e7d32,stroke-width:3px""");
    }

    @Test
    void summarises_retries_and_errors_of_each_visit() {
        // GIVEN
        TaskMocks mocks = TaskMocks.builder()
                .returns("Check Inventory", JsonNodeFactory.instance.objectNode().put("inStock", true))
                .fails("Process Payment", "Payment.Busy", "later")
                .build();

        // WHEN
        Execution run = StateMachineRunner.create(ORDERS, mocks).run(JsonNodeFactory.instance.objectNode());

        // THEN
        assertThat(PathReport.summary(run)).endsWith("""
                Path (3 states, virtual time 2s):
                  1. Check Inventory (Task) at 2025-01-01T00:00:00Z
                  2. In Stock? (Choice) at 2025-01-01T00:00:00Z
                  3. Process Payment (Task) at 2025-01-01T00:00:00Z, 2 retries, error Payment.Busy""");
        assertThat(PathReport.mermaid(ORDERS, run)).contains("class s3 failed").doesNotContain("linkStyle 4 ");
    }
}
