package dev.orrery.internal.interpreter;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The virtual clock and its queue of timers, ordered by (virtual time, insertion order): every run of the same
 * execution fires the same actions in the same order. The clock jumps to the next timer; it never sleeps.
 */
final class Scheduler {

    /*
     * Three queues, each already in (time, sequence) order, so the next timer is the least of their heads: timers
     * due at the current instant in FIFO order (most of them: every state entry and continuation), timers placed
     * before them by first(), and future timers in a binary heap. The order is the one a single heap would give.
     */
    // small to start with: a run creates its scheduler, and most runs keep only a few timers at once
    // in chunks: a Map of many items queues all its iterations at once, and a grown array would copy and be humongous
    private final ChunkedFifo<Timer> dueNow = new ChunkedFifo<>(8);
    private final ArrayDeque<Timer> firsts = new ArrayDeque<>(1);
    private final PriorityQueue<Timer> future = new PriorityQueue<>(4);
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
        if (when.isAfter(now)) {
            future.add(new Timer(when, sequence++, action));
        } else {
            dueNow.add(new Timer(now, sequence++, action));
        }
    }

    /** Run the action at the current virtual instant, after the actions already due. */
    void soon(Runnable action) {
        dueNow.add(new Timer(now, sequence++, action));
    }

    /** Run the action at the current virtual instant, before every other action already due. */
    void first(Runnable action) {
        firsts.add(new Timer(now, Long.MIN_VALUE + sequence++, action));
    }

    /** Return whether any timer is pending. */
    boolean hasPending() {
        return !dueNow.isEmpty() || !firsts.isEmpty() || !future.isEmpty();
    }

    /** Return how many timers are pending. */
    int pendingCount() {
        return dueNow.size() + firsts.size() + future.size();
    }

    /** Return the instant of the next timer; only call when {@link #hasPending()}. */
    Instant nextTime() {
        return next().when();
    }

    /** Advance the clock to the next timer and run it. */
    void runNext() {
        Timer timer = next();
        if (timer == firsts.peekFirst()) {
            firsts.pollFirst();
        } else if (timer == dueNow.peekFirst()) {
            dueNow.pollFirst();
        } else {
            future.poll();
        }
        now = timer.when();
        timer.action().run();
    }

    private Timer next() {
        Timer best = firsts.peekFirst();
        best = earlier(best, dueNow.peekFirst());
        best = earlier(best, future.peek());
        if (best == null) {
            throw new NoSuchElementException("no timer is pending");
        }
        return best;
    }

    private static @Nullable Timer earlier(@Nullable Timer a, @Nullable Timer b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** Move the clock forward to the given instant (never back); run the timers due before it first. */
    void advanceTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    /** Drop every pending timer. */
    void clear() {
        dueNow.clear();
        firsts.clear();
        future.clear();
    }

    private record Timer(Instant when, long sequence, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
