package dev.orrery.junit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a test class's definition comes from besides its {@code definition}: a template and its state machine, and
 * the substitutions of the definition's placeholders.
 *
 * @param template the template resource or file, empty when none
 * @param stateMachine the state machine's logical id in the template, empty for its only one
 * @param substitutions {@code KEY=VALUE} pairs, in order
 */
record DefinitionSource(String template, String stateMachine, List<String> substitutions) {

    DefinitionSource {
        substitutions = List.copyOf(substitutions);
    }

    /** Return the substitutions by key; an entry that is not {@code KEY=VALUE} is a configuration error. */
    Map<String, String> values(Class<?> testClass, String origin) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : substitutions) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw Problems.config(testClass, origin, "Substitution \"" + pair + "\" is not KEY=VALUE",
                        "write substitutions = \"TableName=Orders\" (one KEY=VALUE per entry).");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
