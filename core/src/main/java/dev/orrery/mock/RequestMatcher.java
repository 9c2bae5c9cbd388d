package dev.orrery.mock;

import dev.orrery.spi.TaskRequest;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Decides whether a mock answers a Task call, or whether a recorded call counts for a verification.
 *
 * <p>Matchers are immutable and stateless: they see only the request. Build them with {@link RequestMatchers} and
 * combine them with {@link #and(RequestMatcher)}, {@link #or(RequestMatcher)} and {@link #negate()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RequestMatcher {

    /**
     * Return whether the call matches.
     *
     * @param request the Task call, never {@code null}
     * @return {@code true} when the call matches
     */
    boolean matches(TaskRequest request);

    /**
     * Return a short description for failure messages and unused-mock reports.
     *
     * @return the description
     */
    default String description() {
        return "a custom request matcher";
    }

    /**
     * Return a matcher with the given description that tests the given predicate.
     *
     * @param description the description for messages, never {@code null}
     * @param predicate the test of each call, never {@code null}
     * @return the matcher
     */
    static RequestMatcher of(String description, Predicate<TaskRequest> predicate) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
        return new RequestMatcher() {
            @Override
            public boolean matches(TaskRequest request) {
                return predicate.test(request);
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /**
     * Return a matcher that matches when both this and the other match.
     *
     * @param other the other matcher, never {@code null}
     * @return the conjunction
     */
    default RequestMatcher and(RequestMatcher other) {
        return of(description() + " and " + other.description(), r -> matches(r) && other.matches(r));
    }

    /**
     * Return a matcher that matches when this or the other matches.
     *
     * @param other the other matcher, never {@code null}
     * @return the disjunction
     */
    default RequestMatcher or(RequestMatcher other) {
        return of("(" + description() + " or " + other.description() + ")", r -> matches(r) || other.matches(r));
    }

    /**
     * Return a matcher that matches when this one does not.
     *
     * @return the negation
     */
    default RequestMatcher negate() {
        return of("not " + description(), r -> !matches(r));
    }
}
