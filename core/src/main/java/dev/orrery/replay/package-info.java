/**
 * Replay of a production execution: read an execution history as AWS returns it ({@code GetExecutionHistory}, the
 * AWS CLI's output, a bare array of events), run a definition against what the outside world answered in it, on the
 * virtual clock, and report the first place where the run diverges from the recording.
 *
 * <pre>{@code
 * RecordedExecution incident = RecordedExecution.read(Path.of("histories/incident-1234.json"));
 * ReplayResult result = Replay.of(incident).against(stateMachine);
 * result.divergence().ifPresent(d -> System.out.println(d.message()));
 * }</pre>
 */
@NullMarked
package dev.orrery.replay;

import org.jspecify.annotations.NullMarked;
