/**
 * The TestState engine: request validation with AWS's error codes and messages, the single-state run and its
 * response, the response JSON and the replay of the recorded TestState corpus.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.teststate;

import org.jspecify.annotations.NullMarked;
