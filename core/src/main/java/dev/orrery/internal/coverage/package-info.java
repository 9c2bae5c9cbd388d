/**
 * How coverage is computed from a state machine and its executions, and how its report is written.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.coverage;

import org.jspecify.annotations.NullMarked;
