/**
 * The ASL reader and validator behind {@link dev.orrery.parse.AslParser}.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.parser;

import org.jspecify.annotations.NullMarked;
