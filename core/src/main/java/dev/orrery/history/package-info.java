/**
 * Execution history events with AWS's event types and detail field names, exportable as GetExecutionHistory JSON.
 */
@NullMarked
package dev.orrery.history;

import org.jspecify.annotations.NullMarked;
