package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The workflow variables one path of an execution sees: its own values and, for a Map iteration or a Parallel
 * branch, those of the enclosing scopes. Assignments always go to the own scope, so they never leak out of an
 * iteration or branch; an inner assignment of an outer name shadows it inside only.
 *
 * <p>Not thread-safe: the interpreter runs one step at a time.
 */
public final class VariableScope {

    private final @Nullable VariableScope parent;
    // empty until the first assignment: most scopes (a Map's iterations) never assign
    private Map<String, JsonNode> values = Map.of();
    private Map<String, Long> sizes = Map.of();
    private long ownBytes;

    private VariableScope(@Nullable VariableScope parent) {
        this.parent = parent;
    }

    /** Return an empty top-level scope (an execution's, or a distributed Map child execution's). */
    public static VariableScope root() {
        return new VariableScope(null);
    }

    /** Return a new scope for a Map iteration or a Parallel branch: it reads this scope, its writes stay inside. */
    public VariableScope child() {
        return new VariableScope(this);
    }

    /** Return the value of a variable, looking outward through the enclosing scopes, or {@code null}. */
    public @Nullable JsonNode get(String name) {
        JsonNode value = values.get(name);
        if (value != null) {
            return value;
        }
        return parent == null ? null : parent.get(name);
    }

    /**
     * Store the values of one {@code Assign} in this scope (after the whole Assign was evaluated).
     *
     * @throws dev.orrery.internal.eval.StatesException when the variables of the execution would exceed AWS's
     *     total size limit
     */
    public void assign(AssignedVariables assigned) {
        if (assigned.isEmpty()) {
            return;
        }
        Map<String, Long> newSizes = new TreeMap<>();
        long next = ownBytes;
        for (Map.Entry<String, JsonNode> entry : assigned.values().entrySet()) {
            long size = VariableLimits.size(entry.getValue());
            newSizes.put(entry.getKey(), size);
            next += size - sizes.getOrDefault(entry.getKey(), 0L);
        }
        VariableLimits.checkTotal(outerBytes() + next);
        if (values.isEmpty()) {
            values = new TreeMap<>();
            sizes = new TreeMap<>();
        }
        values.putAll(assigned.values());
        sizes.putAll(newSizes);
        ownBytes = next;
    }

    private long outerBytes() {
        return parent == null ? 0 : parent.outerBytes() + parent.ownBytes;
    }

    /** Return all variables visible here (inner values shadowing outer ones), sorted by name; a snapshot. */
    public Map<String, JsonNode> visible() {
        if (values.isEmpty()) {
            return parent == null ? Map.of() : parent.visible();
        }
        Map<String, JsonNode> all = parent == null ? new TreeMap<>() : new TreeMap<>(parent.visible());
        all.putAll(values);
        return Collections.unmodifiableMap(all);
    }

    /** Return the variables assigned in this scope itself, sorted by name; a snapshot. */
    public Map<String, JsonNode> own() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
