package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;

/** Runs a JSONPath-heavy definition with orrery-core alone, so json-path's loggers are created. */
public final class RunPath {

    public static void main(String[] args) throws Exception {
        String definition = """
                {"StartAt": "Pick", "States": {"Pick": {"Type": "Pass",
                  "Parameters": {"first.$": "$.items[0]", "cheap.$": "$.items[?(@.price < 10)].name"},
                  "ResultPath": "$.picked", "End": true}}}""";
        Execution run = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(new ObjectMapper().readTree(
                        "{\"items\": [{\"name\": \"pen\", \"price\": 2}, {\"name\": \"lamp\", \"price\": 40}]}"));
        System.out.println(run.status() + " " + run.output());
    }
}
