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
 *
 * <p>A subclass keeps what it needs to make the object in fields of its own ({@link #make()}), which saves the
 * maker object of {@link #objectNode(Supplier)} where many are made.
 */
public abstract class DeferredFields extends AbstractMap<String, JsonNode> {

    // volatile: an object handed to test code may be read on another thread than the one that ran the execution
    private volatile @Nullable ObjectNode made;

    /** Make fields whose object {@link #make()} makes on the first read. */
    protected DeferredFields() {}

    /** Return an object whose fields are those of the object the maker returns, made on the first read. */
    public static ObjectNode objectNode(Supplier<ObjectNode> maker) {
        return new Supplied(maker).objectNode();
    }

    /** Return an object whose fields are these: made on the first read. */
    public final ObjectNode objectNode() {
        return new ObjectNode(JsonNodeFactory.instance, this);
    }

    /**
     * Make the object whose fields these are; called on the first read (at most once per thread that reads first),
     * from immutable state only, so that it is the same object whenever it is made.
     */
    protected abstract ObjectNode make();

    private ObjectNode made() {
        ObjectNode node = made;
        if (node == null) {
            node = make();
            made = node;
        }
        return node;
    }

    /** The fields of the object a maker returns. */
    private static final class Supplied extends DeferredFields {

        private final Supplier<ObjectNode> maker;

        private Supplied(Supplier<ObjectNode> maker) {
            this.maker = maker;
        }

        @Override
        protected ObjectNode make() {
            return maker.get();
        }
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
