package dev.orrery.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads what a test file tests: {@code definition}, or {@code template} with {@code stateMachine}; substitutions. */
final class DefinitionSourceReader {

    private DefinitionSourceReader() {}

    /** Return what the file tests, or {@code null} when it is missing or malformed (reported). */
    static @Nullable DefinitionSource read(Node root) {
        Node definition = root.get("definition");
        Node template = root.get("template");
        Node stateMachine = root.get("stateMachine");
        if (definition.present() && template.present()) {
            template.problem("give either \"definition\" or \"template\", not both");
        } else if (!definition.present() && !template.present()) {
            root.problems().add(root.position(), "missing \"definition\" (the state machine definition to test) or"
                    + " \"template\" (a SAM, CloudFormation or CDK template holding it)");
        }
        if (stateMachine.present() && !template.present()) {
            stateMachine.problem("\"stateMachine\" names a state machine of a \"template\"; there is no template");
        }
        Map<String, String> substitutions = substitutions(root.get("substitutions"));
        Node named = template.present() ? template : definition;
        String path = named.present() ? named.text() : null;
        String logicalId = stateMachine.optionalText();
        if (path == null || definition.present() && template.present()) {
            return null;
        }
        return new DefinitionSource(template.present() ? "template" : "definition", path, named.position(),
                logicalId, substitutions);
    }

    private static Map<String, String> substitutions(Node node) {
        Map<String, String> substitutions = new LinkedHashMap<>();
        if (!node.present() || !node.isObject("a mapping of placeholder names to values")) {
            return substitutions;
        }
        for (Map.Entry<String, Node> member : node.members()) {
            if (member.getValue().value().isValueNode() && !member.getValue().value().isNull()) {
                substitutions.put(member.getKey(), member.getValue().value().asText());
            } else {
                member.getValue().expected("a text, number or boolean");
            }
        }
        return substitutions;
    }
}
