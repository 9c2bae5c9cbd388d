package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestMatchersTests {

    private static TaskRequest call(String resource, String payload, int invocation, int retryCount, String context) {
        return new TaskRequest("Work", resource, json(payload), invocation, retryCount, null, json(context));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:states:::dynamodb:*, arn:aws:states:::dynamodb:putItem, true",
        "arn:aws:states:::dynamodb:*, arn:aws:states:::aws-sdk:dynamodb:putItem, false",
        "*dynamodb*, arn:aws:states:::aws-sdk:dynamodb:putItem, true",
        "arn:aws:lambda:*:function:charge-*, arn:aws:lambda:us-east-1:1:function:charge-card, true",
        "arn:aws:states:::sqs:sendMessage, arn:aws:states:::sqs:sendMessage.waitForTaskToken, false",
        "arn:aws:states:::lambda:invoke.*, arn:aws:states:::lambda:invoke.waitForTaskToken, true"
    })
    void matches_resources_with_star_patterns(String pattern, String resource, boolean matches) {
        assertThat(RequestMatchers.resource(pattern).matches(call(resource, "{}", 0, 0, "{}"))).isEqualTo(matches);
    }

    @Test
    void matches_the_nth_call_and_the_retry_count() {
        TaskRequest second = call("r", "{}", 1, 1, "{}");

        assertThat(RequestMatchers.call(2).matches(second)).isTrue();
        assertThat(RequestMatchers.call(1).matches(second)).isFalse();
        assertThat(RequestMatchers.retryCount(1).matches(second)).isTrue();
        assertThatThrownBy(() -> RequestMatchers.call(0)).hasMessage("call numbers start at 1 but was 0");
    }

    @Test
    void matches_the_map_item_from_the_context_object() {
        TaskRequest item = call("r", "{}", 0, 0, "{'Map':{'Item':{'Index':2,'Value':{'sku':'B'}}}}");

        assertThat(RequestMatchers.mapItemIndex(2).matches(item)).isTrue();
        assertThat(RequestMatchers.mapItemIndex(0).matches(item)).isFalse();
        assertThat(RequestMatchers.mapItemValue(json("{'sku':'B'}")).matches(item)).isTrue();
        assertThat(RequestMatchers.mapItemIndex(0).matches(call("r", "{}", 0, 0, "{}"))).isFalse();
    }

    @Test
    void matches_payloads_by_equality_containment_and_path() {
        TaskRequest request = call("r", "{'order':{'id':'O-1','lines':[1,2]},'amount':30}", 0, 0, "{}");

        assertThat(RequestMatchers.payload(json("{'amount':30,'order':{'id':'O-1','lines':[1,2]}}"))
                .matches(request)).isTrue();
        assertThat(RequestMatchers.payloadContains(json("{'order':{'id':'O-1'}}")).matches(request)).isTrue();
        assertThat(RequestMatchers.payloadContains(json("{'order':{'lines':[1]}}")).matches(request)).isFalse();
        assertThat(RequestMatchers.payloadAt("$.order.id", json("'O-1'")).matches(request)).isTrue();
        assertThat(RequestMatchers.payloadAt("$.missing", json("'O-1'")).matches(request)).isFalse();
        assertThat(RequestMatchers.payloadAt("$.amount", "> 10", (JsonNode n) -> n.asInt() > 10)
                .matches(request)).isTrue();
    }

    @Test
    void rejects_an_invalid_path_when_the_matcher_is_built() {
        assertThatThrownBy(() -> RequestMatchers.payloadAt("order.id", json("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSONPath order.id");
    }

    @Test
    void combines_matchers_and_describes_them() {
        RequestMatcher matcher = RequestMatchers.state("Work").and(RequestMatchers.call(2).negate())
                .or(RequestMatchers.retryCount(3));

        assertThat(matcher.description()).isEqualTo("(state \"Work\" and not call #1 (0-based) or retry count 3)");
        assertThat(matcher.matches(call("r", "{}", 0, 0, "{}"))).isTrue();
        assertThat(matcher.matches(call("r", "{}", 1, 0, "{}"))).isFalse();
        assertThat(matcher.matches(call("r", "{}", 1, 3, "{}"))).isTrue();
    }
}
