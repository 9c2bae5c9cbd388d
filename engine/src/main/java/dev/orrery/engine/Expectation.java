package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;

/**
 * One expectation of a case, checked against the finished execution.
 *
 * @param key what is expected ({@code status}, {@code path}, {@code output}...), never {@code null}
 * @param position where the expectation is written, never {@code null}
 * @param value the expected value as written, already checked for its shape, never {@code null}
 */
record Expectation(String key, SourcePosition position, JsonNode value) {}
