package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run to try: the execution input and each Task state's answers in call order (the last one repeats).
 *
 * @param input the execution input
 * @param mocks the answers by Task state name
 */
record Scenario(JsonNode input, Map<String, List<Response>> mocks) {

    Scenario {
        input = input.deepCopy();
        Map<String, List<Response>> copy = new LinkedHashMap<>();
        mocks.forEach((state, answers) -> copy.put(state, List.copyOf(answers)));
        mocks = Collections.unmodifiableMap(copy);
    }

    Scenario withInput(JsonNode changed) {
        return new Scenario(changed, mocks);
    }

    Scenario withAnswers(String state, List<Response> answers) {
        Map<String, List<Response>> changed = new LinkedHashMap<>(mocks);
        changed.put(state, answers);
        return new Scenario(input, changed);
    }

    List<Response> answers(String state) {
        return mocks.getOrDefault(state, List.of());
    }
}
