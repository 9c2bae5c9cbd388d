/**
 * Compiled Choice-state conditions.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.choice;

import org.jspecify.annotations.NullMarked;
