package dev.orrery.internal.interpreter;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The virtual clock and its queue of timers, ordered by (virtual time, insertion order): every run of the same
 * execution fires the same actions in the same order. The clock jumps to the next timer; it never sleeps.
 */
final class Scheduler {

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private Instant now;
    private long sequence;

    Scheduler(Instant start) {
        this.now = start;
    }

    /** Return the current virtual time. */
    Instant now() {
        return now;
    }

    /** Run the action at the given virtual instant (now, if it is in the past). */
    void at(Instant when, Runnable action) {
        queue.add(new Timer(when.isBefore(now) ? now : when, sequence++, action));
    }

    /** Run the action at the current virtual instant, after the actions already due. */
    void soon(Runnable action) {
        at(now, action);
    }

    /** Run the action at the current virtual instant, before every other action already due. */
    void first(Runnable action) {
        queue.add(new Timer(now, Long.MIN_VALUE + sequence++, action));
    }

    /** Return whether any timer is pending. */
    boolean hasPending() {
        return !queue.isEmpty();
    }

    /** Return how many timers are pending. */
    int pendingCount() {
        return queue.size();
    }

    /** Return the instant of the next timer; only call when {@link #hasPending()}. */
    Instant nextTime() {
        return queue.peek().when();
    }

    /** Advance the clock to the next timer and run it. */
    void runNext() {
        Timer timer = queue.poll();
        now = timer.when();
        timer.action().run();
    }

    /** Move the clock forward to the given instant (never back); run the timers due before it first. */
    void advanceTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    /** Drop every pending timer. */
    void clear() {
        queue.clear();
    }

    private record Timer(Instant when, long sequence, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
