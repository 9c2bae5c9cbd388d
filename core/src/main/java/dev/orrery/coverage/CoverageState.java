package dev.orrery.coverage;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A state of a covered state machine and where it sits, enough to draw the graph in a report.
 *
 * @param name the state name, never {@code null}
 * @param type the ASL state type ({@code Task}, {@code Choice}, ...), never {@code null}
 * @param scope where the state is nested: empty at the top level, else the enclosing Parallel branch or Map item
 *     processor, e.g. {@code Fan out/Branches[1]} or {@code For each item/ItemProcessor}
 * @param start whether the state is the {@code StartAt} of its scope
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageState(String name, String type, String scope, boolean start) {

    /**
     * Check the fields.
     *
     * @param name the state name, never {@code null}
     * @param type the ASL state type, never {@code null}
     * @param scope where the state is nested, never {@code null}
     * @param start whether the state is the {@code StartAt} of its scope
     */
    public CoverageState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
    }
}
