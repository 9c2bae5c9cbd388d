/**
 * The compact record of an execution's history while it runs: per event a previous event id, a shared timestamp, a
 * shared description of the event's kind and one JSON value, its details object built only when the event is read.
 */
@NullMarked
package dev.orrery.internal.history;

import org.jspecify.annotations.NullMarked;
