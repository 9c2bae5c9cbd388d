package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/** The one field of a Wait state that says how long to wait: Seconds, SecondsPath, Timestamp or TimestampPath. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface WaitDuration
        permits WaitDuration.Seconds, WaitDuration.SecondsPath, WaitDuration.Timestamp, WaitDuration.TimestampPath {

    /**
     * {@code Seconds}: a non-negative integer, or a JSONata expression string.
     *
     * @param value the value as written
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Seconds(JsonNode value) implements WaitDuration {}

    /**
     * {@code SecondsPath}: a reference path to the number of seconds.
     *
     * @param path the path
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record SecondsPath(String path) implements WaitDuration {}

    /**
     * {@code Timestamp}: an RFC 3339 timestamp, or a JSONata expression string.
     *
     * @param value the value as written
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Timestamp(JsonNode value) implements WaitDuration {}

    /**
     * {@code TimestampPath}: a reference path to the timestamp.
     *
     * @param path the path
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record TimestampPath(String path) implements WaitDuration {}
}
