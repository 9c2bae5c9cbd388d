package dev.orrery.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a JSON object that is made when it is first read: an {@link ObjectNode} built on this map behaves
 * exactly as the object its maker returns (same fields, iteration order, equality and serialisation), and costs
 * nothing more until something reads it. For objects handed to code that rarely reads them, e.g. the Context object
 * of a task request, which most integrations never look at.
 */
public final class DeferredFields extends AbstractMap<String, JsonNode> {

    private final Supplier<ObjectNode> maker;
    // volatile: an object handed to test code may be read on another thread than the one that ran the execution
    private volatile @Nullable ObjectNode made;

    private DeferredFields(Supplier<ObjectNode> maker) {
        this.maker = maker;
    }

    /** Return an object whose fields are those of the object the maker returns, made on the first read. */
    public static ObjectNode objectNode(Supplier<ObjectNode> maker) {
        return new ObjectNode(JsonNodeFactory.instance, new DeferredFields(maker));
    }

    private ObjectNode made() {
        ObjectNode node = made;
        if (node == null) {
            node = maker.get();
            made = node;
        }
        return node;
    }

    @Override
    public int size() {
        return made().size();
    }

    @Override
    public boolean isEmpty() {
        return made().isEmpty();
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof String name && made().has(name);
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object key) {
        return key instanceof String name ? made().get(name) : null;
    }

    @Override
    public @Nullable JsonNode put(String key, JsonNode value) {
        return made().replace(key, value);
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object key) {
        return key instanceof String name ? made().remove(name) : null;
    }

    @Override
    public void clear() {
        made().removeAll();
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return made().properties();
    }
}
