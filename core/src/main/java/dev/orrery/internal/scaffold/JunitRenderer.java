package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.scaffold.ScaffoldCase;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldSource;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JUnit 5 test class: {@code @StateMachineTest} on the definition, one test per case that declares its
 * mocks with the fluent API ({@code mocks.state(...).returns(...).thenFails(...)}), starts the input and asserts the
 * status and the path its run took. Comments name what each test reaches, each placeholder's integration and the notes.
 */
final class JunitRenderer {

    private JunitRenderer() {}

    static ScaffoldFile render(Generated generated, String name, ScaffoldSource source) {
        String className = Cases.pascal(name) + "Tests";
        StringBuilder java = new StringBuilder();
        java.append("import static dev.orrery.assertj.OrreryAssertions.assertThat;\n\n")
                .append("import dev.orrery.junit.StateMachineTest;\n")
                .append("import dev.orrery.junit.StateMachineTester;\n")
                .append("import dev.orrery.run.Execution;\n")
                .append("import dev.orrery.run.ExecutionStatus;\n")
                .append("import org.junit.jupiter.api.Test;\n\n");
        java.append("// Scaffolded by 'orrery scaffold' from ").append(oneLine(source.file())).append(": together the tests")
                .append(" reach ").append(generated.reached()).append(" of ").append(generated.targets())
                .append(" states, Choice branches and Catch edges.\n")
                .append("// Replace the placeholder answers with what your services return.\n");
        generated.placeholders().forEach((state, placeholder) -> java.append("// Placeholder of \"")
                .append(oneLine(state)).append("\": ").append(oneLine(placeholder.integration())).append('\n'));
        generated.notes().forEach(note -> java.append("// ").append(oneLine(note)).append('\n'));
        java.append("@StateMachineTest(").append(annotation(source)).append(")\n")
                .append("class ").append(className).append(" {\n");
        Set<String> methods = new HashSet<>();
        for (ScaffoldCase scaffoldCase : generated.cases()) {
            method(java, scaffoldCase, methods);
        }
        java.append("}\n");
        return new ScaffoldFile(className + ".java", java.toString());
    }

    private static String annotation(ScaffoldSource source) {
        StringBuilder attributes = new StringBuilder(source.template() ? "template = " : "definition = ")
                .append(literal(source.file()));
        if (source.stateMachine() != null) {
            attributes.append(", stateMachine = ").append(literal(source.stateMachine()));
        }
        if (!source.substitutions().isEmpty()) {
            attributes.append(", substitutions = {");
            boolean first = true;
            for (Map.Entry<String, String> entry : source.substitutions().entrySet()) {
                attributes.append(first ? "" : ", ").append(literal(entry.getKey() + "=" + entry.getValue()));
                first = false;
            }
            attributes.append('}');
        }
        return attributes.toString();
    }

    private static void method(StringBuilder java, ScaffoldCase scaffoldCase, Set<String> methods) {
        java.append("\n    // Reaches ").append(oneLine(scaffoldCase.reaches())).append(".\n")
                .append("    @Test\n    void ").append(methodName(scaffoldCase.name(), methods))
                .append("(StateMachineTester sfn) {\n")
                .append("        Execution run = sfn.mocks(mocks -> {\n");
        scaffoldCase.mocks().forEach((state, answers) -> java.append("            mocks.state(")
                .append(literal(state)).append(')').append(chain(answers)).append(";\n"));
        java.append("        }).start(").append(literal(scaffoldCase.input().toString())).append(");\n\n")
                .append("        assertThat(run)").append(status(scaffoldCase)).append("\n                .hasPath(");
        List<String> path = scaffoldCase.path();
        for (int i = 0; i < path.size(); i++) {
            java.append(i == 0 ? "" : ", ").append(literal(path.get(i)));
        }
        java.append(");\n    }\n");
    }

    private static String chain(JsonNode answers) {
        StringBuilder chain = new StringBuilder();
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> calls = answers.fields(); calls.hasNext();) {
            JsonNode answer = calls.next().getValue();
            if (answer.has("Return")) {
                chain.append(first ? ".returns(" : ".thenReturns(").append(literal(answer.get("Return").toString()));
            } else {
                JsonNode thrown = answer.get("Throw");
                chain.append(first ? ".fails(" : ".thenFails(").append(literal(thrown.path("Error").asText()))
                        .append(", ").append(literal(thrown.path("Cause").asText()));
            }
            chain.append(')');
            first = false;
        }
        return chain.toString();
    }

    private static String status(ScaffoldCase scaffoldCase) {
        if (scaffoldCase.status() == ExecutionStatus.SUCCEEDED) {
            return ".succeeded()";
        }
        if (scaffoldCase.status() == ExecutionStatus.FAILED && scaffoldCase.error() != null) {
            return ".failedWith(" + literal(scaffoldCase.error()) + ")";
        }
        return ".hasStatus(ExecutionStatus." + scaffoldCase.status().name() + ")";
    }

    private static String methodName(String caseName, Set<String> methods) {
        String snake = caseName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        String name = snake;
        for (int n = 2; !methods.add(name); n++) {
            name = snake + "_" + n;
        }
        return name;
    }

    /** Return a Java string literal of the text. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c < 0x20 || c == 0x2063 ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return literal.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace("\\u", "\\ u");
    }
}
