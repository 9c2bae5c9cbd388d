/**
 * Reading execution histories, deriving the recorded task answers from their events, and comparing a replayed run
 * with the recording.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.replay;

import org.jspecify.annotations.NullMarked;
