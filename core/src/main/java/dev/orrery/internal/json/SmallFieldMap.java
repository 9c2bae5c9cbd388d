package dev.orrery.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a small JSON object in insertion order, held in an array of keys and (past the first two, which
 * are fields of the map) an array of values: under half the memory of the
 * {@link java.util.LinkedHashMap} Jackson uses (a third, when the keys array is a shared {@link Shape}), for the many
 * few-field objects an execution keeps (history event details, Parameters results). Lookups scan the keys, so it suits objects of a handful of fields; it supports every
 * {@link Map} operation, including removal through its views, so an {@link ObjectNode} built on it behaves exactly as
 * one built on a {@code LinkedHashMap} (same iteration order, equality and serialisation).
 */
public final class SmallFieldMap extends AbstractMap<String, JsonNode> {

    /** The most fields an object built by {@link #objectNode} is expected to hold; more still work, scanned. */
    public static final int SMALL = 8;

    private @Nullable String[] keys;
    // the first two values in fields of their own, the others in an array made when a third comes: most objects an
    // execution keeps have one or two fields, and an object fewer is what a collector copies least
    private @Nullable JsonNode value0;
    private @Nullable JsonNode value1;
    private @Nullable JsonNode @Nullable [] values;
    private int size;
    private int modifications;
    // the keys array is a shape shared with other maps: copied before anything other than its next key is written
    private boolean keysShared;

    private SmallFieldMap(int capacity) {
        this.keys = new String[Math.max(1, capacity)];
        reserve(capacity);
    }

    private SmallFieldMap(@Nullable String[] keys, int capacity) {
        this(keys, capacity, true);
    }

    private SmallFieldMap(@Nullable String[] keys, int capacity, boolean keysShared) {
        this.keys = keys;
        reserve(capacity);
        this.keysShared = keysShared;
    }

    private SmallFieldMap(String[] shape) {
        this.keys = shape;
        reserve(shape.length);
        this.keysShared = true;
    }

    /** Return an empty object whose fields live in a map of this kind with room for {@code capacity} fields. */
    public static ObjectNode objectNode(int capacity) {
        return new ObjectNode(JsonNodeFactory.instance, new SmallFieldMap(capacity));
    }

    /**
     * Return an empty object expected to receive the shape's keys in that order: while it does, it shares the
     * shape's array of keys instead of holding its own; any other edit copies the array first.
     */
    public static ObjectNode objectNode(Shape shape) {
        return new ObjectNode(JsonNodeFactory.instance, new SmallFieldMap(shape.keys));
    }

    /**
     * Return a new object holding the fields of the given one in the same order, each value passed through
     * {@code values} (the identity for a shallow copy), with room for {@code extra} more fields: the keys of an object
     * are distinct, so they are appended without the scan {@link #put} makes.
     */
    public static ObjectNode copyOf(ObjectNode source, UnaryOperator<JsonNode> values, int extra) {
        Set<Map.Entry<String, JsonNode>> fields = source.properties();
        SmallFieldMap map;
        if (fields instanceof Entries entries) {
            // another map of this kind: its values copied; its keys shared when they already are (nothing writes a
            // shared keys array), else copied
            SmallFieldMap other = entries.map();
            map = other.keysShared ? new SmallFieldMap(other.keys, other.size + extra)
                    : new SmallFieldMap(Arrays.copyOf(other.keys, Math.max(other.keys.length, other.size + extra)),
                            other.size + extra, false);
            for (int i = 0; i < other.size; i++) {
                map.setValueAt(i, values.apply(other.valueAt(i)));
            }
            map.size = other.size;
        } else {
            map = new SmallFieldMap(source.size() + extra);
            for (Map.Entry<String, JsonNode> field : fields) {
                map.append(field.getKey(), values.apply(field.getValue()));
            }
        }
        return new ObjectNode(JsonNodeFactory.instance, map);
    }

    /** The keys objects of one kind receive, in order; immutable, so any number of maps share one. */
    public static final class Shape {
        private final String[] keys;

        private Shape(String[] keys) {
            this.keys = keys;
        }

        /**
         * Return the shape of objects that receive these keys in this order.
         *
         * @throws IllegalArgumentException when a key is given twice
         */
        public static Shape of(String... keys) {
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (keys[i].equals(keys[j])) {
                        throw new IllegalArgumentException("a shape's keys must be distinct: " + Arrays.toString(keys));
                    }
                }
            }
            return new Shape(keys.clone());
        }

        /** Return the key at the given place of the shape. */
        public String key(int index) {
            return keys[index];
        }
    }

    /** Make room for the given number of values. */
    private void reserve(int capacity) {
        int more = capacity - 2;
        if (more > 0 && (values == null || values.length < more)) {
            values = values == null ? new JsonNode[more] : Arrays.copyOf(values, more);
        }
    }

    private int capacity() {
        return values == null ? 2 : 2 + values.length;
    }

    private @Nullable JsonNode valueAt(int index) {
        return switch (index) {
            case 0 -> value0;
            case 1 -> value1;
            default -> Objects.requireNonNull(values)[index - 2];
        };
    }

    private void setValueAt(int index, @Nullable JsonNode value) {
        switch (index) {
            case 0 -> value0 = value;
            case 1 -> value1 = value;
            default -> Objects.requireNonNull(values)[index - 2] = value;
        }
    }

    private void ownKeys(int capacity) {
        if (keysShared || capacity > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(capacity, keys.length));
            keysShared = false;
        }
    }

    private int indexOf(@Nullable Object key) {
        if (size == 0) {
            return -1;
        }
        if (key == null) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == null) {
                    return i;
                }
            }
            return -1;
        }
        // a string caches its hash: comparing it first spares reading the characters of every other key
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            String candidate = keys[i];
            if (candidate == key || (candidate != null && candidate.hashCode() == hash && candidate.equals(key))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object key) {
        int index = indexOf(key);
        return index < 0 ? null : valueAt(index);
    }

    @Override
    public @Nullable JsonNode put(String key, JsonNode value) {
        if (keysShared && size < keys.length && keys[size] == key) {
            // the shape's next key, the very string: distinct from the shape's keys before it, so not yet present
            append(key, value);
            return null;
        }
        int index = indexOf(key);
        if (index >= 0) {
            JsonNode previous = valueAt(index);
            setValueAt(index, value);
            return previous;
        }
        append(key, value);
        return null;
    }

    /** Add a field whose key is known not to be present. */
    private void append(String key, JsonNode value) {
        if (size == capacity()) {
            reserve(size * 2);
        }
        if (!(keysShared && size < keys.length && key.equals(keys[size]))) {
            ownKeys(size == keys.length ? Math.max(1, size * 2) : keys.length);
            keys[size] = key;
        }
        setValueAt(size, value);
        size++;
        modifications++;
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonNode> fields) {
        if (size > 0 || fields.isEmpty()) {
            super.putAll(fields);
            return;
        }
        // empty: the keys of a map are distinct, so each field is appended without a scan
        reserve(fields.size());
        for (Map.Entry<? extends String, ? extends JsonNode> field : fields.entrySet()) {
            append(field.getKey(), field.getValue());
        }
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object key) {
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        JsonNode previous = valueAt(index);
        removeAt(index);
        return previous;
    }

    private void removeAt(int index) {
        ownKeys(keys.length);
        System.arraycopy(keys, index + 1, keys, index, size - index - 1);
        for (int i = index; i < size - 1; i++) {
            setValueAt(i, valueAt(i + 1));
        }
        size--;
        keys[size] = null;
        setValueAt(size, null);
        modifications++;
    }

    @Override
    public void clear() {
        ownKeys(keys.length);
        Arrays.fill(keys, 0, size, null);
        for (int i = 0; i < size; i++) {
            setValueAt(i, null);
        }
        size = 0;
        modifications++;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new Entries();
    }

    /** The fields seen as a set of entries, backed by the map. */
    private final class Entries extends AbstractSet<Map.Entry<String, JsonNode>> {
        SmallFieldMap map() {
            return SmallFieldMap.this;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
            return new Fields();
        }
    }

    /** Iterates the fields in insertion order; removal through it is supported. */
    private final class Fields implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;
        private int expected = modifications;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Field(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }

    /** A field seen through the entry set: reads and writes the map's arrays. */
    private final class Field implements Map.Entry<String, JsonNode> {
        private final int index;

        Field(int index) {
            this.index = index;
        }

        @Override
        public String getKey() {
            return Objects.requireNonNull(keys[index]);
        }

        @Override
        public JsonNode getValue() {
            return Objects.requireNonNull(valueAt(index));
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode previous = getValue();
            setValueAt(index, value);
            return previous;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Map.Entry<?, ?> entry && Objects.equals(getKey(), entry.getKey())
                    && Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ getValue().hashCode();
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
