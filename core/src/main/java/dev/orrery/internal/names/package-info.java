/**
 * Did-you-mean hints shared by Orrery's modules: the closest known names to a misspelt one.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.names;

import org.jspecify.annotations.NullMarked;
