package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a state's {@code Catch} array.
 *
 * @param errorEquals the error names this catcher matches, never {@code null}
 * @param next the state to go to, never {@code null}
 * @param resultPath JSONPath {@code ResultPath} for the error output, effective value ({@code "$"} when absent)
 * @param output JSONata {@code Output}, or {@code null}
 * @param assign {@code Assign}, or {@code null}
 * @param comment the {@code Comment}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Catcher(
        List<String> errorEquals,
        String next,
        @Nullable String resultPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable String comment) {

    /**
     * Copy the error list.
     *
     * @param errorEquals the error names this catcher matches, never {@code null}
     * @param next the state to go to, never {@code null}
     * @param resultPath JSONPath {@code ResultPath} for the error output, effective value ({@code "$"} when absent)
     * @param output JSONata {@code Output}, or {@code null}
     * @param assign {@code Assign}, or {@code null}
     * @param comment the {@code Comment}, or {@code null}
     */
    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
