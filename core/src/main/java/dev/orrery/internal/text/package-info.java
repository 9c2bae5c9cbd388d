/**
 * Texts shared by Orrery's modules: did-you-mean hints and readable durations.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.text;

import org.jspecify.annotations.NullMarked;
