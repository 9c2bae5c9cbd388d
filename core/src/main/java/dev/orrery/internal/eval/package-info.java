/**
 * Evaluation context and the States.* error signal shared by the evaluators.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.eval;

import org.jspecify.annotations.NullMarked;
