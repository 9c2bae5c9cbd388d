/**
 * The conformance runner: replays executions recorded on real AWS and compares Orrery's results with AWS's.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.conformance;

import org.jspecify.annotations.NullMarked;
