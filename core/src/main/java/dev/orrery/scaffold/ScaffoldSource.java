package dev.orrery.scaffold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where the written tests find the state machine: a definition file, or a state machine of a SAM, CloudFormation or
 * CDK template, with the substitutions its placeholders take.
 *
 * @param file the definition or template, as the tests name it (a classpath resource or a file)
 * @param template whether {@code file} is a template
 * @param stateMachine the template's logical id of the state machine, or {@code null} for its only one
 * @param substitutions values of {@code ${name}} placeholders and template parameters, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScaffoldSource(String file, boolean template, @Nullable String stateMachine,
        Map<String, String> substitutions) {

    /**
     * Copy the substitutions.
     *
     * @param file the definition or template, as the tests name it
     * @param template whether {@code file} is a template
     * @param stateMachine the template's logical id of the state machine, or {@code null}
     * @param substitutions values of placeholders and template parameters, in order
     */
    public ScaffoldSource {
        substitutions = Collections.unmodifiableMap(new LinkedHashMap<>(substitutions));
    }

    /**
     * Return the source of a definition file.
     *
     * @param file the definition (ASL JSON or YAML, a Terraform template), as the tests name it
     * @return the source
     */
    public static ScaffoldSource definition(String file) {
        return new ScaffoldSource(file, false, null, Map.of());
    }

    /**
     * Return the source of a template's state machine.
     *
     * @param file the template, as the tests name it
     * @param stateMachine the state machine's logical id, or {@code null} for the template's only one
     * @return the source
     */
    public static ScaffoldSource template(String file, @Nullable String stateMachine) {
        return new ScaffoldSource(file, true, stateMachine, Map.of());
    }

    /**
     * Return this source with the given substitutions.
     *
     * @param values the substitutions, in order
     * @return a copy holding them
     */
    public ScaffoldSource withSubstitutions(Map<String, String> values) {
        return new ScaffoldSource(file, template, stateMachine, values);
    }

    /**
     * Return this source with another file name, e.g. relative to where a test file is written.
     *
     * @param name the file as the tests name it
     * @return a copy naming it
     */
    public ScaffoldSource withFile(String name) {
        return new ScaffoldSource(name, template, stateMachine, substitutions);
    }
}
