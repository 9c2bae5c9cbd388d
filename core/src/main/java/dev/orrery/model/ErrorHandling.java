package dev.orrery.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code Retry} and {@code Catch} arrays of a Task, Parallel or Map state.
 *
 * @param retry retriers in declaration order, never {@code null}
 * @param catchers catchers in declaration order, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ErrorHandling(List<Retrier> retry, List<Catcher> catchers) {

    /** No retriers and no catchers. */
    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());

    /**
     * Copy the lists.
     *
     * @param retry retriers in declaration order, never {@code null}
     * @param catchers catchers in declaration order, never {@code null}
     */
    public ErrorHandling {
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }
}
