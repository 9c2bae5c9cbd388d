package dev.orrery.assertj;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * How an assert hands over to the asserts it navigates to, and how a navigation failure is reported: thrown at once,
 * or collected by the soft assertions the first assert came from (so navigated asserts stay soft too).
 */
final class Navigator {

    /** Plain asserts: failures are thrown. */
    static final Navigator HARD = new Navigator(null);

    private final @Nullable SoftAssertionsProvider softly;

    private Navigator(@Nullable SoftAssertionsProvider softly) {
        this.softly = softly;
    }

    /** Return a navigator whose asserts collect their failures in the given soft assertions. */
    static Navigator soft(SoftAssertionsProvider softly) {
        return new Navigator(softly);
    }

    /** Return an assert of the given type over the value: plain, or a soft proxy when soft. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <A extends AbstractAssert<?, ?>, T> A assertFor(
            Class<A> assertType, Class<T> actualType, T actual, java.util.function.Function<T, A> plain) {
        return softly == null ? plain.apply(actual) : (A) softly.proxy((Class) assertType, (Class) actualType, actual);
    }

    /** Throw the error, or collect it when soft. */
    void fail(AssertionError error) {
        if (softly == null) {
            throw error;
        }
        softly.collectAssertionError(error);
    }
}
