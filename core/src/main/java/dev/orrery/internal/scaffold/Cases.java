package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.scaffold.ScaffoldCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns kept cases into {@link ScaffoldCase}s: names, call ranges of the answers their run used, and its result. */
final class Cases {

    private Cases() {}

    /** Return the cases, their status, error and path from a run of the state machine as the tests run it. */
    static List<ScaffoldCase> of(List<Found> found, StateMachine machine) {
        Runs plain = new Runs(Instrumented.plain(machine));
        List<ScaffoldCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found one = found.get(i);
            boolean first = one.claim().isFirstPath();
            String words = first ? "first path" : one.claim().words();
            String reaches = first ? "the path every placeholder answer takes" : one.claim().describe();
            Execution run = plain.run(one.scenario()).execution();
            List<String> path = run == null ? List.of() : run.path();
            cases.add(new ScaffoldCase(unique(pascal(words), names), reaches, one.scenario().input(),
                    mocks(one), run == null ? ExecutionStatus.FAILED : run.status(),
                    run == null ? null : run.error(), path));
        }
        return cases;
    }

    private static Map<String, JsonNode> mocks(Found one) {
        Map<String, JsonNode> mocks = new LinkedHashMap<>();
        one.reach().calls().forEach((state, calls) -> {
            List<Response> answers = one.scenario().answers(state);
            ObjectNode byCall = JsonNodeFactory.instance.objectNode();
            int used = Math.min(calls, answers.size());
            for (int call = 0; call < used; call++) {
                boolean last = call == answers.size() - 1 && calls - 1 > call;
                byCall.set(last ? call + "-" + (calls - 1) : Integer.toString(call),
                        answers.get(call).toMockConfig());
            }
            mocks.put(state, byCall);
        });
        return mocks;
    }

    /** Return the words as one PascalCase identifier: letters and digits only, never starting with a digit. */
    static String pascal(String words) {
        StringBuilder name = new StringBuilder();
        for (String word : words.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        String text = name.toString().replaceAll("[^A-Za-z0-9]", "");
        return text.isEmpty() || Character.isDigit(text.charAt(0)) ? "Case" + text : text;
    }

    private static String unique(String name, Set<String> names) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
