/**
 * JSONPath-mode data flow: payload templates, reference paths and the InputPath-to-OutputPath pipeline.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.dataflow;

import org.jspecify.annotations.NullMarked;
