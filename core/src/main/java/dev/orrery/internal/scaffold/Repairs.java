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
 * {@code ItemsPath} or Choice rules read (in JSONata, a {@code $states.input} field) is missing from its input, the
 * field is placed (by {@link Placements}) with a placeholder value ({@code "<name>"}, else [], {}, 0; one item for
 * {@code ItemsPath}); when a Task's {@code ResultSelector} (in JSONata its {@code Output} or {@code Assign}) reads a
 * {@code $states.result} field its mocked result lacks, the field is added to the result.
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

    /** Return scenarios that fill what the failed states of a run lacked, or none when nothing is missing. */
    List<Scenario> of(Scenario scenario, Reach reach) {
        Execution run = reach.execution();
        if (run == null || run.succeeded()) {
            return List.of();
        }
        List<Scenario> repaired = new ArrayList<>();
        for (int i = run.visits().size() - 1; i >= 0; i--) {
            StateVisit visit = run.visits().get(i);
            State state = targets.byName().get(visit.name());
            if (visit.error() != null && visit.caughtBy() < 0 && state != null) {
                repaired.addAll(of(scenario, reach, visit, state));
            }
        }
        return repaired;
    }

    private List<Scenario> of(Scenario scenario, Reach reach, StateVisit failed, State state) {
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        List<Scenario> repaired = new ArrayList<>();
        if (state instanceof TaskState task) {
            Scenario withResult = results(scenario, task, jsonata ? JsonataReferences.results(task)
                    : task.io().resultSelector() == null ? List.of() : references(task.io().resultSelector()));
            if (withResult != null) {
                repaired.add(withResult);
            }
        }
        List<DataPath> missing = jsonata ? JsonataReferences.inputs(state).stream()
                .filter(path -> path.read(failed.input()) == null).toList() : missingInputs(state, failed.input());
        if (!missing.isEmpty()) {
            for (JsonNode kind : List.of(NODES.textNode(""), NODES.arrayNode(), NODES.objectNode(),
                    NODES.numberNode(0))) {
                Map<Slot, JsonNode> slots = new LinkedHashMap<>();
                missing.forEach(path -> slots.put(new Slot(false, path), filler(path, kind, state)));
                repaired.addAll(placements.at(state.name(), new Assignment(slots),
                        new Found(scenario, Target.state(state.name()), reach)));
            }
        }
        return repaired;
    }

    /** Return the value a missing field is filled with: {@code "<name>"}, [], {} or 0; one item for ItemsPath. */
    private static JsonNode filler(DataPath path, JsonNode kind, State state) {
        if (state instanceof MapState map && DataPath.parse(map.itemsPath()) != null
                && path.equals(DataPath.parse(map.itemsPath()).under(inputPathOf(state)))) {
            return NODES.arrayNode().add(NODES.objectNode());
        }
        return kind.isTextual() ? placeholder(path) : kind;
    }

    private static DataPath inputPathOf(State state) {
        DataPath inputPath = DataPath.parse(state.io().inputPath());
        return inputPath == null ? DataPath.ROOT : inputPath;
    }

    /** Add the fields the Task's {@code ResultSelector} reads to each of its mocked results that lacks them. */
    private static @Nullable Scenario results(Scenario scenario, TaskState task, List<DataPath> paths) {
        if (paths.isEmpty()) {
            return null;
        }
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

    private static List<DataPath> missingInputs(State state, JsonNode input) {
        List<DataPath> need = new ArrayList<>();
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
                need.add(raw);
            }
        }
        if (state instanceof MapState map) {
            DataPath items = DataPath.parse(map.itemsPath());
            if (items != null && items.under(inputPath).read(input) == null) {
                need.add(items.under(inputPath));
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

    static JsonNode placeholder(DataPath path) {
        Object last = path.isRoot() ? "value" : path.steps().get(path.steps().size() - 1);
        return NODES.textNode("<" + last + ">");
    }
}
