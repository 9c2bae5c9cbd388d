/**
 * JSONata evaluation for Step Functions: {@code {% expression %}} strings compiled once with dashjoin JSONata and
 * evaluated against {@code $states} and the workflow variables, with AWS's added functions and error texts.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.jsonata;

import org.jspecify.annotations.NullMarked;
