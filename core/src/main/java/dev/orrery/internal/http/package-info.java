/**
 * The HTTP Task ({@code arn:aws:states:::http:invoke}): AWS's request building from the task's parameters, the
 * mapping of the response to AWS's result shape and errors, and the loopback guard.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.http;

import org.jspecify.annotations.NullMarked;
