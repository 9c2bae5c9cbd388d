/**
 * The States.* intrinsic functions: parsed once, evaluated many times.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.intrinsics;

import org.jspecify.annotations.NullMarked;
