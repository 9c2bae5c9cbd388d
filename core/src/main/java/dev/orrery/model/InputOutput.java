package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The input and output processing fields a state carries.
 *
 * <p>For JSONPath, {@code inputPath}, {@code resultPath} and {@code outputPath} hold their effective values: {@code "$"}
 * when the field is absent, {@code null} when the definition sets it to JSON {@code null} (which discards the input,
 * the result or the output). The other fields are {@code null} when absent. Fields that a state type does not allow are
 * rejected by the parser and are then always at their defaults.
 *
 * @param inputPath JSONPath {@code InputPath}, effective value
 * @param parameters JSONPath {@code Parameters} payload template, or {@code null}
 * @param resultSelector JSONPath {@code ResultSelector} payload template, or {@code null}
 * @param resultPath JSONPath {@code ResultPath} reference path, effective value
 * @param outputPath JSONPath {@code OutputPath}, effective value
 * @param arguments JSONata {@code Arguments}, or {@code null}
 * @param output JSONata {@code Output}, or {@code null}
 * @param assign {@code Assign} (both query languages), or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InputOutput(
        @Nullable String inputPath,
        @Nullable JsonNode parameters,
        @Nullable JsonNode resultSelector,
        @Nullable String resultPath,
        @Nullable String outputPath,
        @Nullable JsonNode arguments,
        @Nullable JsonNode output,
        @Nullable JsonNode assign) {

    /** The processing of a state that declares none of the fields. */
    public static final InputOutput DEFAULT = new InputOutput("$", null, null, "$", "$", null, null, null);
}
