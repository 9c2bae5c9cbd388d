package dev.orrery.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.ExecutionStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One generated test case: its input, each called Task state's answers, and what a run of it gave.
 *
 * <p>The JSON values are copies owned by the case; do not change them.
 *
 * @param name a name usable as a test case or method name ({@code ChargeCatch1ToRefund})
 * @param reaches what the case was made to reach, e.g. {@code Choice "Valid?" rule #2 -> "Reject"}
 * @param input the execution input
 * @param mocks each Task state the run calls, with its answers as a Step Functions Local mocked response:
 *     call numbers or ranges ({@code "0"}, {@code "1-2"}) to <code>{"Return": ...}</code> or
 *     <code>{"Throw": {"Error", "Cause"}}</code>, in call order
 * @param status how the run ended
 * @param error the run's error when it failed, else {@code null}
 * @param path the states the run entered, in order, nested states included
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScaffoldCase(String name, String reaches, JsonNode input, Map<String, JsonNode> mocks,
        ExecutionStatus status, @Nullable String error, List<String> path) {

    /**
     * Copy the collections.
     *
     * @param name a name usable as a test case or method name
     * @param reaches what the case was made to reach
     * @param input the execution input
     * @param mocks each called Task state's answers as a Step Functions Local mocked response
     * @param status how the run ended
     * @param error the run's error when it failed, else {@code null}
     * @param path the states the run entered, in order
     */
    public ScaffoldCase {
        mocks = Collections.unmodifiableMap(new LinkedHashMap<>(mocks));
        path = List.copyOf(path);
    }
}
