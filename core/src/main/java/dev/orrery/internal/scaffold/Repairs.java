package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.Condition;
import dev.orrery.model.MapState;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import dev.orrery.model.TaskState;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills in the fields a run stopped on: when a state fails because a path its {@code InputPath}, {@code Parameters},
 * {@code ItemsPath} or Choice rules read is missing from its input, the field is placed (by {@link Placements}) with a
 * placeholder value ({@code "<name>"}, or one item for {@code ItemsPath}); when a Task's {@code ResultSelector} reads
 * a field its mocked result lacks, the field is added to the result.
 */
final class Repairs {

    private static final Pattern REFERENCE = Pattern.compile("(?<![$\\w])\\$(?:\\.[A-Za-z_][\\w-]*|\\[\\d{1,6}\\])+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Targets targets;
    private final Placements placements;

    Repairs(Targets targets, Placements placements) {
        this.targets = targets;
        this.placements = placements;
    }

    /** Return scenarios that fill what the failed state of a run lacked, or none when nothing is missing. */
    List<Scenario> of(Scenario scenario, Reach reach) {
        Execution run = reach.execution();
        if (run == null || run.succeeded()) {
            return List.of();
        }
        StateVisit failed = lastFailed(run);
        State state = failed == null ? null : targets.byName().get(failed.name());
        if (state == null || state.queryLanguage() == QueryLanguage.JSONATA) {
            return List.of();
        }
        List<Scenario> repaired = new ArrayList<>();
        if (state instanceof TaskState task) {
            Scenario withResult = results(scenario, task);
            if (withResult != null) {
                repaired.add(withResult);
            }
        }
        Map<DataPath, JsonNode> need = missingInputs(state, failed.input());
        if (!need.isEmpty()) {
            Map<Slot, JsonNode> slots = new LinkedHashMap<>();
            need.forEach((path, value) -> slots.put(new Slot(false, path), value));
            repaired.addAll(placements.at(state.name(), new Assignment(slots),
                    new Found(scenario, Target.state(state.name()), reach)));
        }
        return repaired;
    }

    private static @Nullable StateVisit lastFailed(Execution run) {
        for (int i = run.visits().size() - 1; i >= 0; i--) {
            StateVisit visit = run.visits().get(i);
            if (visit.error() != null && visit.caughtBy() < 0 && !Instrumented.isAdded(visit.name())) {
                return visit;
            }
        }
        return null;
    }

    /** Add the fields the Task's {@code ResultSelector} reads to each of its mocked results that lacks them. */
    private static @Nullable Scenario results(Scenario scenario, TaskState task) {
        JsonNode selector = task.io().resultSelector();
        if (selector == null) {
            return null;
        }
        List<DataPath> paths = references(selector);
        List<Response> answers = new ArrayList<>();
        boolean changed = false;
        for (Response answer : scenario.answers(task.name())) {
            if (answer instanceof Response.Returns returns) {
                JsonNode value = returns.value();
                for (DataPath path : paths) {
                    if (path.read(value) == null) {
                        value = path.write(value, placeholder(path));
                        changed = true;
                    }
                }
                answers.add(new Response.Returns(value));
            } else {
                answers.add(answer);
            }
        }
        return changed ? scenario.withAnswers(task.name(), answers) : null;
    }

    private static Map<DataPath, JsonNode> missingInputs(State state, JsonNode input) {
        Map<DataPath, JsonNode> need = new LinkedHashMap<>();
        DataPath inputPath = DataPath.parse(state.io().inputPath());
        if (inputPath == null) {
            return need;
        }
        List<DataPath> read = new ArrayList<>();
        if (!inputPath.isRoot()) {
            read.add(DataPath.ROOT);
        }
        if (state.io().parameters() != null) {
            read.addAll(references(state.io().parameters()));
        }
        if (state instanceof ChoiceState choice) {
            choice.choices().forEach(rule -> variables(rule.condition(), read));
        }
        for (DataPath path : read) {
            DataPath raw = path.under(inputPath);
            if (raw.read(input) == null) {
                need.put(raw, placeholder(raw));
            }
        }
        if (state instanceof MapState map) {
            DataPath items = DataPath.parse(map.itemsPath());
            if (items != null && items.under(inputPath).read(input) == null) {
                need.put(items.under(inputPath), NODES.arrayNode().add(NODES.objectNode()));
            }
        }
        return need;
    }

    private static void variables(Condition condition, List<DataPath> into) {
        if (condition instanceof Condition.Comparison comparison) {
            DataPath path = DataPath.parse(comparison.variable());
            if (path != null && comparison.operator() != dev.orrery.model.ComparisonOperator.IS_PRESENT) {
                into.add(path);
            }
        } else if (condition instanceof Condition.Not not) {
            variables(not.condition(), into);
        } else if (condition instanceof Condition.And and) {
            and.conditions().forEach(inner -> variables(inner, into));
        } else if (condition instanceof Condition.Or or) {
            or.conditions().forEach(inner -> variables(inner, into));
        }
    }

    /** Return the paths the {@code .$} fields of a payload template read, intrinsic functions' arguments included. */
    static List<DataPath> references(JsonNode template) {
        List<DataPath> paths = new ArrayList<>();
        collect(template, paths);
        return paths;
    }

    private static void collect(JsonNode template, List<DataPath> paths) {
        if (template.isArray()) {
            template.forEach(element -> collect(element, paths));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = template.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith(".$") && field.getValue().isTextual()) {
                Matcher matcher = REFERENCE.matcher(field.getValue().asText());
                while (matcher.find()) {
                    DataPath path = DataPath.parse(matcher.group());
                    if (path != null) {
                        paths.add(path);
                    }
                }
            } else {
                collect(field.getValue(), paths);
            }
        }
    }

    private static JsonNode placeholder(DataPath path) {
        Object last = path.isRoot() ? "value" : path.steps().get(path.steps().size() - 1);
        return NODES.textNode("<" + last + ">");
    }
}
