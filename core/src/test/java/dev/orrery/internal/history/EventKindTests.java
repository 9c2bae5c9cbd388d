package dev.orrery.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EventKindTests {

    @Test
    void an_output_kind_makes_the_output_and_its_truncation_details_in_aws_order() {
        // GIVEN
        EventKind kind = EventKind.withOutput("LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails");
        ObjectNode output = JsonNodeFactory.instance.objectNode().put("ok", true);

        // WHEN
        ObjectNode details = kind.details(output);

        // THEN
        assertThat(kind.type()).isEqualTo("LambdaFunctionSucceeded");
        assertThat(kind.detailsKey()).isEqualTo("lambdaFunctionSucceededEventDetails");
        assertThat(details).hasToString("{\"output\":{\"ok\":true},\"outputDetails\":{\"truncated\":false}}");
    }

    @Test
    void an_input_and_text_kind_makes_the_input_its_truncation_details_and_the_text_in_aws_order() {
        // GIVEN
        EventKind kind = EventKind.withInputAnd("LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails",
                "resource", TextNode.valueOf("arn:aws:lambda:us-east-1:123456789012:function:F"));

        // WHEN
        ObjectNode details = kind.details(JsonNodeFactory.instance.numberNode(7));

        // THEN
        assertThat(details).hasToString("{\"input\":7,\"inputDetails\":{\"truncated\":false},"
                + "\"resource\":\"arn:aws:lambda:us-east-1:123456789012:function:F\"}");
    }

    @Test
    void each_read_makes_new_details_so_changing_one_changes_no_other() {
        // GIVEN
        EventKind kind = EventKind.withInputAnd("ExecutionStarted", "executionStartedEventDetails", "roleArn",
                TextNode.valueOf("arn:aws:iam::123456789012:role/R"));
        ObjectNode first = Objects.requireNonNull(kind.details(JsonNodeFactory.instance.objectNode()));

        // WHEN
        first.put("roleArn", "changed");
        ((ObjectNode) first.get("inputDetails")).put("truncated", true);

        // THEN
        assertThat(kind.details(JsonNodeFactory.instance.objectNode())).hasToString("{\"input\":{},"
                + "\"inputDetails\":{\"truncated\":false},\"roleArn\":\"arn:aws:iam::123456789012:role/R\"}");
    }
}
