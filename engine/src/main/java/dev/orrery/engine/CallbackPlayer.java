package dev.orrery.engine;

import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Answers a case's callbacks at their virtual instants, in time order (file order for the same instant). */
final class CallbackPlayer {

    private CallbackPlayer() {}

    /**
     * Send each callback at its instant, counted from the execution's start.
     *
     * @throws InvalidTestFileException when the execution has ended, has passed the instant, or no task of the state
     *     waits for a callback then
     */
    static void play(ExecutionSession session, Instant start, List<CallbackSpec> callbacks) {
        List<CallbackSpec> ordered = callbacks.stream().sorted(Comparator.comparing(CallbackSpec::at)).toList();
        for (CallbackSpec callback : ordered) {
            Instant when = start.plus(callback.at());
            if (session.status() != ExecutionStatus.RUNNING) {
                throw refused(callback, "the execution had already ended " + session.status() + " at "
                        + session.currentTime());
            }
            if (when.isBefore(session.currentTime())) {
                throw refused(callback, "the execution first waits for test code at +"
                        + Duration.between(start, session.currentTime()) + " (" + session.currentTime()
                        + "); send the callback then or later");
            }
            session.advanceTo(when);
            send(session, callback);
        }
    }

    private static void send(ExecutionSession session, CallbackSpec callback) {
        String token;
        try {
            token = session.taskToken(callback.state());
        } catch (IllegalStateException e) {
            throw refused(callback, e.getMessage());
        }
        switch (callback.kind()) {
            case SUCCESS -> session.sendTaskSuccess(token, callback.output());
            case FAILURE -> session.sendTaskFailure(token, String.valueOf(callback.error()), callback.cause());
            case HEARTBEAT -> session.sendTaskHeartbeat(token);
        }
    }

    private static InvalidTestFileException refused(CallbackSpec callback, String why) {
        return new InvalidTestFileException(callback.position() + ": cannot answer the callback of \""
                + callback.state() + "\" at +" + callback.at() + ": " + why);
    }
}
