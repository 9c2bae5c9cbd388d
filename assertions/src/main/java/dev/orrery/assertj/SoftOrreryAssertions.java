package dev.orrery.assertj;

import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on executions and JSON: collect every failure and report them together.
 *
 * <p>Works like AssertJ's {@code SoftAssertions}, with {@code assertAll()}, {@link #assertSoftly(Consumer)}, and in
 * JUnit 5 with {@code @ExtendWith(SoftAssertionsExtension.class)} and an
 * {@code @InjectSoftAssertions SoftOrreryAssertions softly} field or parameter.
 *
 * <pre>{@code
 * SoftOrreryAssertions softly = new SoftOrreryAssertions();
 * softly.assertThat(execution).succeeded();
 * softly.assertThat(execution).state("ChargeCard").wasRetried(2);
 * softly.assertAll();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SoftOrreryAssertions extends AbstractSoftAssertions implements OrrerySoftAssertionsProvider {

    /** Create soft assertions with no failures collected yet. */
    public SoftOrreryAssertions() {}

    /**
     * Run the assertions softly and report every failure at the end.
     *
     * <pre>{@code
     * SoftOrreryAssertions.assertSoftly(softly -> softly.assertThat(execution).succeeded());  // passes if succeeded
     * SoftOrreryAssertions.assertSoftly(softly -> {
     *     softly.assertThat(execution).failed();          // both failures are reported together
     *     softly.assertThat(execution).hasPath("Nope");
     * });
     * }</pre>
     *
     * @param softly the assertions, never {@code null}
     */
    public static void assertSoftly(Consumer<SoftOrreryAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(SoftOrreryAssertions.class, softly);
    }
}
