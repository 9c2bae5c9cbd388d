package dev.orrery.engine;

import dev.orrery.parse.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a test file tests: an ASL definition ({@code definition}) or a state machine of a SAM, CloudFormation or CDK
 * template ({@code template} and {@code stateMachine}), with substitutions.
 *
 * @param key {@code definition} or {@code template}, never {@code null}
 * @param path the file as written, never {@code null}
 * @param at where it is named, never {@code null}
 * @param stateMachine the template's state machine logical id, or {@code null} for its only one
 * @param substitutions the values of the definition's {@code ${name}} placeholders, in file order
 */
record DefinitionSource(String key, String path, SourcePosition at, @Nullable String stateMachine,
        Map<String, String> substitutions) {

    /** Copy the substitutions, keeping their order. */
    DefinitionSource {
        substitutions = Collections.unmodifiableMap(new LinkedHashMap<>(substitutions));
    }

    /** Return whether the state machine is kept in a template. */
    boolean isTemplate() {
        return key.equals("template");
    }
}
