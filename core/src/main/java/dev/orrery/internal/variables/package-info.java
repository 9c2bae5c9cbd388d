/**
 * Workflow variables: scopes (an iteration or branch reads outer variables, its assignments stay inside), compiled
 * {@code Assign} fields in both query languages, AWS's name and size limits, and the {@code assignedVariables} that
 * history events record.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.variables;

import org.jspecify.annotations.NullMarked;
