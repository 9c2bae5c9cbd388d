/**
 * The test scaffold generator: placeholder responses in each integration's AWS shape, Choice rules solved into inputs
 * and mocks, and a search that keeps the cases a run confirms reach a new state, Choice branch or Catch edge.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.scaffold;

import org.jspecify.annotations.NullMarked;
