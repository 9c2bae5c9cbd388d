package dev.orrery.internal.parser;

import dev.orrery.model.QueryLanguage;
import org.jspecify.annotations.Nullable;

/**
 * One field a state type allows.
 *
 * @param name the field name
 * @param kind what its value must be
 * @param language the only query language that allows it, or {@code null} when both do
 * @param min the smallest allowed number, or {@code null}
 * @param max the largest allowed number, or {@code null}
 */
record FieldSpec(String name, FieldKind kind, @Nullable QueryLanguage language, @Nullable Long min,
        @Nullable Long max) {

    static FieldSpec of(String name, FieldKind kind) {
        return new FieldSpec(name, kind, null, null, null);
    }

    static FieldSpec jsonPath(String name, FieldKind kind) {
        return new FieldSpec(name, kind, QueryLanguage.JSON_PATH, null, null);
    }

    static FieldSpec jsonata(String name, FieldKind kind) {
        return new FieldSpec(name, kind, QueryLanguage.JSONATA, null, null);
    }

    static FieldSpec range(String name, FieldKind kind, long min, long max) {
        return new FieldSpec(name, kind, null, min, max);
    }
}
