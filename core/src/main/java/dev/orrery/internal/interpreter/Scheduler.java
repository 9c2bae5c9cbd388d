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
    // in chunks: many fibers can be due at once (the iterations of a Map all continue at the same instant), and a
    // grown array would copy and be humongous
    private final ChunkedFifo<Timer> dueNow = new ChunkedFifo<>(8);
    // made at the first first(): only a full history's end uses it
    private @Nullable ArrayDeque<Timer> firsts;
    private final PriorityQueue<Timer> future = new PriorityQueue<>(4);
    private Instant now;
    private long sequence;
    // the runs still owed by repeating timers beyond the one each counts as: pendingCount() counts them one by one
    private int repeatsOwed;

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

    /**
     * Run the action {@code times} times at the current virtual instant, after the actions already due, as that many
     * calls of {@link #soon(Runnable)} in a row would: the runs keep the places those timers would have in the order,
     * and one timer stands for them all (a Map queues all its iterations at once).
     */
    void soonRepeated(int times, Runnable action) {
        if (times <= 0) {
            return;
        }
        Timer timer = new Timer(now, sequence, action);
        timer.remaining = times;
        sequence += times;
        repeatsOwed += times - 1;
        dueNow.add(timer);
    }

    /** Run the action at the current virtual instant, before every other action already due. */
    void first(Runnable action) {
        ArrayDeque<Timer> placed = firsts;
        if (placed == null) {
            placed = new ArrayDeque<>(1);
            firsts = placed;
        }
        placed.add(new Timer(now, Long.MIN_VALUE + sequence++, action));
    }

    /** Return whether any timer is pending. */
    boolean hasPending() {
        return !dueNow.isEmpty() || (firsts != null && !firsts.isEmpty()) || !future.isEmpty();
    }

    /** Return how many timers are pending. */
    int pendingCount() {
        return dueNow.size() + repeatsOwed + (firsts == null ? 0 : firsts.size()) + future.size();
    }

    /** Return the instant of the next timer; only call when {@link #hasPending()}. */
    Instant nextTime() {
        return next().when();
    }

    /** Advance the clock to the next timer and run it. */
    void runNext() {
        runNextBy(Instant.MAX);
    }

    /**
     * Advance the clock to the next timer and run it, unless it is due after the deadline; return whether it ran.
     * Only call when {@link #hasPending()}.
     */
    boolean runNextBy(Instant deadline) {
        Timer due = dueNow.peekFirst();
        Timer later = future.peek();
        // the usual case: a timer due now, none placed first, and the future timers strictly later
        boolean onlyDueNow = due != null && (firsts == null || firsts.isEmpty())
                && (later == null || later.when().isAfter(due.when()));
        Timer timer = onlyDueNow ? due : next();
        if (timer.when().isAfter(deadline)) {
            return false;
        }
        if (onlyDueNow || timer == due) {
            if (timer.remaining > 1) {
                // a repeating timer stays at the head until its last run: only an action placed first() comes
                // between its runs, as it would between single timers
                timer.remaining--;
                repeatsOwed--;
            } else {
                dueNow.pollFirst();
            }
        } else if (firsts != null && timer == firsts.peekFirst()) {
            firsts.pollFirst();
        } else {
            future.poll();
        }
        now = timer.when();
        timer.action().run();
        return true;
    }

    private Timer next() {
        Timer best = dueNow.peekFirst();
        if (firsts != null) {
            best = earlier(firsts.peekFirst(), best);
        }
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
        if (firsts != null) {
            firsts.clear();
        }
        future.clear();
        repeatsOwed = 0;
    }

    /** An action due at an instant; a repeating one (see {@link #soonRepeated}) has {@code remaining} runs left. */
    private static final class Timer implements Comparable<Timer> {
        private final Instant when;
        private final long sequence;
        private final Runnable action;
        private int remaining = 1;

        private Timer(Instant when, long sequence, Runnable action) {
            this.when = when;
            this.sequence = sequence;
            this.action = action;
        }

        Instant when() {
            return when;
        }

        Runnable action() {
            return action;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
