/**
 * Reading the JSON text a user gives (inputs, mocks, definitions): strictly, and keeping numbers as written.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.json;

import org.jspecify.annotations.NullMarked;
