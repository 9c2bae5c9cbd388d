/**
 * The immutable model of an Amazon States Language definition, as produced by {@link dev.orrery.parse.AslParser}.
 *
 * <p>Every type here is a record or a sealed interface. JSON-valued fields ({@code Parameters}, {@code Result},
 * {@code Assign}...) are Jackson {@link com.fasterxml.jackson.databind.JsonNode}s that must be treated as read-only:
 * the model never mutates them and neither may its users.
 */
@NullMarked
package dev.orrery.model;

import org.jspecify.annotations.NullMarked;
