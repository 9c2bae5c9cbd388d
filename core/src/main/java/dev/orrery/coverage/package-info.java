/**
 * Coverage of state machines by executions: which states were entered, which transitions were taken, which retriers
 * retried and which catchers caught, counted by hits, and the report that shows it.
 */
@NullMarked
package dev.orrery.coverage;

import org.jspecify.annotations.NullMarked;
