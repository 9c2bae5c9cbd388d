package dev.orrery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The guards every fuzz test applies: the work on one input ends within a wall-time bound (on a worker thread, so a
 * hang is reported instead of stalling the build), and the JSON handed to Orrery is not mutated.
 */
final class Bounded {

    /**
     * The wall-time bound of one input. The inputs are small, so Orrery answers in milliseconds; the bound is loose
     * because the build machines are shared and slow. When fuzzing ({@code JAZZER_FUZZ} set) every branch is
     * instrumented and runs many times slower, so an input that spends Orrery's own bounds (JSONata's ten million
     * evaluation steps take about 1.5 s uninstrumented) gets 90 s.
     */
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("orrery.fuzz.limitSeconds",
            System.getenv("JAZZER_FUZZ") == null ? 20 : 90));

    /**
     * The bound of the first input of each fuzz test class, which also pays for loading (and, when fuzzing,
     * instrumenting) the classes it reaches.
     */
    static final Duration FIRST_LIMIT = Duration.ofMinutes(2);

    private static final Set<Class<?>> WARM = ConcurrentHashMap.newKeySet();

    private static final StackWalker CALLER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "orrery-fuzz-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {}

    /** The work on one input; it catches the documented exceptions itself. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Run the work within {@link #LIMIT} ({@link #FIRST_LIMIT} the first time a class calls); anything it throws is rethrown as the finding. */
    static void run(Work work) {
        Future<?> future = WORKER.submit(() -> {
            work.run();
            return null;
        });
        Duration limit = WARM.add(CALLER.getCallerClass()) ? FIRST_LIMIT : LIMIT;
        try {
            future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("no answer within " + limit.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError("unexpected checked exception", cause);
        }
    }

    /** Assert that a node given to Orrery still equals the copy taken before. */
    static void assertUnchanged(JsonNode given, JsonNode copyBefore, String what) {
        assertThat(given).as(what + " is not mutated").isEqualTo(copyBefore);
    }
}
