/**
 * Parse Amazon States Language text into the {@link dev.orrery.model} with every problem reported at once.
 */
@NullMarked
package dev.orrery.parse;

import org.jspecify.annotations.NullMarked;
