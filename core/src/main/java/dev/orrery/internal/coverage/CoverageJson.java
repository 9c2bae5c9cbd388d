package dev.orrery.internal.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageState;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.internal.json.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a coverage: {@code coverage.json} and the part files of each JVM. Written and read with Jackson's
 * streaming parser and generator ({@link JsonTrees}), indented as a mapper with {@code INDENT_OUTPUT} writes it.
 */
public final class CoverageJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CoverageJson() {}

    /** Return the coverage as indented JSON. */
    public static String write(Coverage coverage) {
        ObjectNode root = JSON.objectNode();
        ArrayNode machines = root.putArray("stateMachines");
        coverage.stateMachines().forEach(machine -> machines.add(machine(machine)));
        return JsonTrees.write(root, true) + "\n";
    }

    private static ObjectNode machine(StateMachineCoverage coverage) {
        ObjectNode node = JSON.objectNode();
        node.put("name", coverage.name());
        node.put("source", coverage.source());
        count(node.putObject("states"), coverage.stateCount());
        count(node.putObject("transitions"), coverage.transitionCount());
        count(node.putObject("retriers"), coverage.retrierCount());
        count(node.putObject("catchers"), coverage.catcherCount());
        ArrayNode missed = node.putArray("missed");
        coverage.missed().forEach(item -> missed.add(item.toString()));
        ArrayNode nodes = node.putArray("nodes");
        for (CoverageState state : coverage.states()) {
            nodes.addObject().put("name", state.name()).put("type", state.type()).put("scope", state.scope())
                    .put("start", state.start());
        }
        ArrayNode items = node.putArray("items");
        coverage.hits().forEach((item, hits) -> items.addObject().put("kind", item.kind().name())
                .put("state", item.state()).put("target", item.target()).put("index", item.index())
                .put("hits", hits));
        return node;
    }

    private static void count(ObjectNode node, CoverageCount count) {
        node.put("total", count.total()).put("covered", count.covered());
    }

    /** Read a coverage written by {@link #write}; a malformed text fails naming the origin and the JSON pointer. */
    public static Coverage read(String text, String origin) {
        JsonNode root;
        try {
            root = JsonTrees.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode machines = required(root, "/stateMachines", origin);
        List<StateMachineCoverage> all = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) {
            all.add(machine(machines.get(i), "/stateMachines/" + i, origin));
        }
        return new Coverage(all);
    }

    private static StateMachineCoverage machine(JsonNode node, String pointer, String origin) {
        List<CoverageState> states = new ArrayList<>();
        JsonNode nodes = required(node, pointer + "/nodes", origin);
        for (int i = 0; i < nodes.size(); i++) {
            String at = pointer + "/nodes/" + i;
            states.add(new CoverageState(text(nodes.get(i), at + "/name", origin),
                    text(nodes.get(i), at + "/type", origin), text(nodes.get(i), at + "/scope", origin),
                    nodes.get(i).path("start").asBoolean()));
        }
        Map<CoverageItem, Long> hits = new LinkedHashMap<>();
        JsonNode items = required(node, pointer + "/items", origin);
        for (int i = 0; i < items.size(); i++) {
            String at = pointer + "/items/" + i;
            JsonNode item = items.get(i);
            CoverageItem.Kind kind;
            try {
                kind = CoverageItem.Kind.valueOf(text(item, at + "/kind", origin));
            } catch (IllegalArgumentException e) {
                throw malformed(origin, at + "/kind", "one of " + List.of(CoverageItem.Kind.values()));
            }
            hits.merge(new CoverageItem(kind, text(item, at + "/state", origin), text(item, at + "/target", origin),
                    item.path("index").asInt(-1)), item.path("hits").asLong(0), Long::sum);
        }
        return new StateMachineCoverage(text(node, pointer + "/name", origin), text(node, pointer + "/source",
                origin), states, hits);
    }

    private static JsonNode required(JsonNode parent, String pointer, String origin) {
        JsonNode node = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (node == null || !node.isArray()) {
            throw malformed(origin, pointer, "an array");
        }
        return node;
    }

    private static String text(JsonNode parent, String pointer, String origin) {
        JsonNode node = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (node == null || !node.isTextual()) {
            throw malformed(origin, pointer, "a string");
        }
        return node.textValue();
    }

    private static IllegalArgumentException malformed(String origin, String pointer, String expected) {
        return new IllegalArgumentException(origin + " (" + pointer + "): expected " + expected
                + " in an Orrery coverage file");
    }
}
