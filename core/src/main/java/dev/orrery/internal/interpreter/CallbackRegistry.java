package dev.orrery.internal.interpreter;

import dev.orrery.run.PendingCallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The callbacks an execution waits for, by task token, in the order the tasks submitted their work. */
final class CallbackRegistry {

    // empty until the first callback: most executions wait for none
    private Map<String, CallbackWait> waits = Map.of();

    void add(CallbackWait wait) {
        if (!(waits instanceof LinkedHashMap)) {
            waits = new LinkedHashMap<>();
        }
        waits.put(wait.token(), wait);
    }

    void remove(CallbackWait wait) {
        if (!waits.isEmpty()) {
            waits.remove(wait.token());
        }
    }

    /** Return the open wait for the token; fail as SendTask* does for a token nothing waits for. */
    CallbackWait open(String token) {
        CallbackWait wait = waits.isEmpty() ? null : waits.get(token);
        if (wait == null || !wait.isOpen()) {
            throw new IllegalArgumentException("No task waits for the task token \"" + token + "\": it was "
                    + "never issued, or its task already succeeded, failed or timed out (AWS answers "
                    + "SendTask* with TaskTimedOut or InvalidToken). Pending: " + pending());
        }
        return wait;
    }

    /** Return the oldest task of the activity that no worker has taken yet, or {@code null}. */
    @Nullable
    CallbackWait untakenActivityTask(String activityArn) {
        for (CallbackWait wait : waits.values()) {
            if (wait.awaitsWorker(activityArn)) {
                return wait;
            }
        }
        return null;
    }

    /** Return whether a wait is open that only test code can answer. */
    boolean awaitingTest() {
        if (waits.isEmpty()) {
            return false;
        }
        for (CallbackWait wait : waits.values()) {
            if (wait.answeredByTest() && wait.isOpen()) {
                return true;
            }
        }
        return false;
    }

    /** Return the open waits. */
    List<PendingCallback> pending() {
        List<PendingCallback> open = new ArrayList<>();
        for (CallbackWait wait : waits.values()) {
            if (wait.isOpen()) {
                open.add(wait.describe());
            }
        }
        return open;
    }
}
