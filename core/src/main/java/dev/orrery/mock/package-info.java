/**
 * Declared task responses: answers per state in sequence, and Step Functions Local's mocked-response format.
 */
@NullMarked
package dev.orrery.mock;

import org.jspecify.annotations.NullMarked;
