/**
 * Compiled JSONPath expressions over Jackson trees, with AWS Step Functions semantics.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.jsonpath;

import org.jspecify.annotations.NullMarked;
