package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One Map Run of a distributed Map state entry: its ARN, its failure tolerance, and the MapRunStarted, MapRunSucceeded
 * and MapRunFailed events it records in the parent's history.
 */
final class MapRun implements FanOut.Tolerance {

    /** The error of a Map Run whose failed child executions exceed the tolerated failure threshold. */
    static final String EXCEEDED = "States.ExceedToleratedFailureThreshold";

    /** AWS's cause for {@link #EXCEEDED}. */
    static final String EXCEEDED_CAUSE = "The specified tolerated failure threshold was exceeded";

    private final Activation activation;
    private final @Nullable Long count;
    private final @Nullable Double percentage;

    MapRun(Activation activation, @Nullable Long count, @Nullable Double percentage) {
        this.activation = activation;
        this.count = count;
        this.percentage = percentage;
    }

    /** Record MapRunStarted with the run's ARN, {@code ...:mapRun:<machine>/<Label or UUID>:<UUID>}; return it. */
    String started(@Nullable String label) {
        SplittableRandom random = new SplittableRandom(
                activation.run().options().seed() * 31 + activation.enteredEventId() + 7);
        String arn = activation.run().options().stateMachineArn().replace(":stateMachine:", ":mapRun:") + "/"
                + (label != null ? label : uuid(random)) + ":" + uuid(random);
        activation.record("MapRunStarted", "mapRunStartedEventDetails",
                HistoryRecorder.details().put("mapRunArn", arn));
        return arn;
    }

    /** Record MapRunSucceeded. */
    void succeeded() {
        activation.record("MapRunSucceeded", null, null);
    }

    @Override
    public boolean tolerates(int failures, int total) {
        if (count == null && percentage == null) {
            return false;
        }
        boolean withinCount = count == null || failures <= count;
        boolean withinPercentage = percentage == null || failures * 100.0 / total <= percentage;
        return withinCount && withinPercentage;
    }

    @Override
    public StepResult failure(FiberOutcome outcome) {
        failed(EXCEEDED, EXCEEDED_CAUSE);
        return new StepResult.Failed(EXCEEDED, EXCEEDED_CAUSE);
    }

    /** Record MapRunFailed with the error and cause. */
    void failed(String error, @Nullable String cause) {
        ObjectNode details = HistoryRecorder.withError(HistoryRecorder.details(), error, cause);
        activation.record("MapRunFailed", "mapRunFailedEventDetails", details);
    }

    /** Return a version-4 UUID text drawn from the random source. */
    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
