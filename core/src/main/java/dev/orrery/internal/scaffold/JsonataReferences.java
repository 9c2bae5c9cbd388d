package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.Condition;
import dev.orrery.model.State;
import dev.orrery.model.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The {@code $states.input} and {@code $states.result} fields JSONata expressions read. */
final class JsonataReferences {

    private static final String STEPS = "((?:\\.[A-Za-z_]\\w*|\\.`[^`]*`|\\[\\d{1,6}\\])*)";
    private static final Pattern FIELD = Pattern.compile("\\$states\\.(input|result)" + STEPS);
    private static final Pattern WHOLE = Pattern.compile("\\{%\\s*\\$states\\.(input|result)" + STEPS + "\\s*%}");

    private JsonataReferences() {}

    /**
     * Return the path of an expression that is only a {@code $states.input} or {@code $states.result} field
     * ({@code {% $states.result.Payload %}}), or {@code null} for any other expression or another field.
     */
    static @Nullable DataPath whole(@Nullable JsonNode expression, String field) {
        if (expression == null || !expression.isTextual()) {
            return null;
        }
        Matcher matcher = WHOLE.matcher(expression.asText().strip());
        return matcher.matches() && matcher.group(1).equals(field) ? DataPath.parseJsonata(matcher.group(2)) : null;
    }

    /** Return the {@code $states.result} fields a Task's {@code Output} and {@code Assign} read. */
    static List<DataPath> results(TaskState task) {
        List<DataPath> paths = new ArrayList<>();
        collect(task.io().output(), "result", paths);
        collect(task.io().assign(), "result", paths);
        return paths;
    }

    /** Return the {@code $states.input} fields a state's expressions and Choice conditions read. */
    static List<DataPath> inputs(State state) {
        List<DataPath> paths = new ArrayList<>();
        collect(state.io().arguments(), "input", paths);
        collect(state.io().output(), "input", paths);
        collect(state.io().assign(), "input", paths);
        if (state instanceof ChoiceState choice) {
            for (ChoiceRule rule : choice.choices()) {
                if (rule.condition() instanceof Condition.Jsonata jsonata) {
                    collect(jsonata.expression(), "input", paths);
                }
            }
        }
        return paths;
    }

    private static void collect(JsonNode node, String field, List<DataPath> paths) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            Matcher matcher = FIELD.matcher(node.asText());
            while (matcher.find()) {
                DataPath path = matcher.group(1).equals(field) ? DataPath.parseJsonata(matcher.group(2)) : null;
                if (path != null && !path.isRoot() && !paths.contains(path)) {
                    paths.add(path);
                }
            }
        }
        node.forEach(child -> collect(child, field, paths));
    }
}
