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
     * Three queues, each already in (time, sequence) order, so the next timer is the least of their heads: actions
     * due at the current instant in FIFO order (most of them: every state entry and continuation), timers placed
     * before them by first(), and future timers in a binary heap. The order is the one a single heap would give.
     * An action due now needs no Timer: the clock never passes it (it runs before any later timer, and advanceTo is
     * only called once nothing is due), so its time is always the current one, and a future timer due at the same
     * instant was placed before it (the clock was earlier then), so it runs first.
     */
    // small to start with: a run creates its scheduler, and most runs keep only a few timers at once
    // in chunks: a Map of many items queues all its iterations at once, and a grown array would copy and be humongous
    private final ChunkedFifo<Runnable> dueNow = new ChunkedFifo<>(8);
    // made at the first first(): only a full history's end uses it
    private @Nullable ArrayDeque<Timer> firsts;
    private final PriorityQueue<Timer> future = new PriorityQueue<>(4);
    private Instant now;
    private long sequence;
    // the runs that repeated actions still at the head of dueNow owe beyond their one entry
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
            dueNow.add(action);
        }
    }

    /** Run the action at the current virtual instant, after the actions already due. */
    void soon(Runnable action) {
        dueNow.add(action);
    }

    /**
     * Run the action {@code times} times at the current virtual instant, after the actions already due, as that many
     * calls of {@link #soon(Runnable)} in a row would: the runs keep the places those actions would have in the
     * order, and one entry stands for them all (a Map queues all its iterations at once).
     */
    void soonRepeated(int times, Runnable action) {
        if (times <= 0) {
            return;
        }
        repeatsOwed += times - 1;
        dueNow.add(times == 1 ? action : new Repeated(action, times));
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
        if (!dueNow.isEmpty() || (firsts != null && !firsts.isEmpty())) {
            return now;
        }
        Timer later = future.peek();
        if (later == null) {
            throw new NoSuchElementException("no timer is pending");
        }
        return later.when();
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
        Runnable due = dueNow.peekFirst();
        Timer placed = firsts == null ? null : firsts.peekFirst();
        Timer later = future.peek();
        // the usual case: an action due now, none placed first, and the future timers strictly later
        if (due != null && placed == null && (later == null || later.when().isAfter(now))) {
            if (now.isAfter(deadline)) {
                return false;
            }
            if (due instanceof Repeated repeated && repeated.remaining > 1) {
                // a repeated action stays at the head until its last run: only an action placed first() (or a
                // future timer due now) comes between its runs, as it would between single actions
                repeated.remaining--;
                repeatsOwed--;
            } else {
                dueNow.pollFirst();
            }
            due.run();
            return true;
        }
        // a timer placed first runs before everything due at its instant (its sequence is the least), a future timer
        // due now before the actions due now
        Timer timer = earlier(placed, later);
        if (timer == null) {
            throw new NoSuchElementException("no timer is pending");
        }
        if (timer.when().isAfter(deadline)) {
            return false;
        }
        ArrayDeque<Timer> placedFirst = firsts;
        if (placedFirst != null && timer == placed) {
            placedFirst.pollFirst();
        } else {
            future.poll();
        }
        now = timer.when();
        timer.action().run();
        return true;
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

    /** An action queued once for several runs in a row (see {@link #soonRepeated}), with the runs it has left. */
    private static final class Repeated implements Runnable {
        private final Runnable action;
        private int remaining;

        private Repeated(Runnable action, int remaining) {
            this.action = action;
            this.remaining = remaining;
        }

        @Override
        public void run() {
            action.run();
        }
    }

    private record Timer(Instant when, long sequence, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
