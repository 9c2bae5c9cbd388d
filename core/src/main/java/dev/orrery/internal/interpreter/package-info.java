/**
 * The discrete-event interpreter: fibers on a virtual clock, state handlers and history recording.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.interpreter;

import org.jspecify.annotations.NullMarked;
