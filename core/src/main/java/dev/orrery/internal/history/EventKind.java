package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.json.SmallFieldMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one kind of event records: its type, its details field and how its details are made from the one value an
 * event of this kind keeps. Immutable, so the events of every visit of a state share one.
 *
 * <p>A state entered event keeps only its input and a state exited event its output (the details add the state's
 * name and {@code "truncated": false}); a Map iteration event keeps its index; an event whose details are an output
 * or an input and a text of its kind (a Lambda function's resource) keeps that output or input; a Lambda function's
 * or activity's failed event keeps its error and cause ({@link Failure}); any other event keeps its whole details
 * object. The details are built when the event is read, key for key as they were recorded before.
 */
public final class EventKind {

    private static final SmallFieldMap.Shape ENTERED = SmallFieldMap.Shape.of("input", "inputDetails", "name");
    private static final SmallFieldMap.Shape EXITED = SmallFieldMap.Shape.of("name", "output", "outputDetails");
    private static final SmallFieldMap.Shape MAP_ITERATION = SmallFieldMap.Shape.of("index", "name");
    private static final SmallFieldMap.Shape OUTPUT = SmallFieldMap.Shape.of("output", "outputDetails");
    private static final SmallFieldMap.Shape TRUNCATED = SmallFieldMap.Shape.of("truncated");
    private static final SmallFieldMap.Shape ERROR = SmallFieldMap.Shape.of("error", "cause");

    private enum Form { DETAILS, ENTERED, EXITED, MAP_ITERATION, OUTPUT, INPUT_AND_TEXT, ERROR }

    /**
     * The error and cause an event of an {@link #withError error kind} keeps (an immutable value, e.g. the failure
     * the run goes on with); its details are {@code {"error", "cause"}} without the absent ones.
     */
    public interface Failure {

        /** Return the error name; {@code null} or empty when there is none (the details leave it out). */
        @Nullable String error();

        /** Return the cause, or {@code null} when there is none (the details leave it out). */
        @Nullable String cause();
    }

    private final String type;
    private final @Nullable String detailsKey;
    private final Form form;
    private final @Nullable TextNode name;
    // the keys of an INPUT_AND_TEXT kind's details: input, inputDetails and the text's key
    private final SmallFieldMap.@Nullable Shape inputAndText;

    private EventKind(String type, @Nullable String detailsKey, Form form, @Nullable TextNode name) {
        this(type, detailsKey, form, name, null);
    }

    private EventKind(String type, @Nullable String detailsKey, Form form, @Nullable TextNode name,
            SmallFieldMap.@Nullable Shape inputAndText) {
        this.type = type;
        this.detailsKey = detailsKey;
        this.form = form;
        this.name = name;
        this.inputAndText = inputAndText;
    }

    /** Return the kind of events that keep their whole details object (or none) as their value. */
    public static EventKind withDetails(String type, @Nullable String detailsKey) {
        return new EventKind(type, detailsKey, Form.DETAILS, null);
    }

    /** Return the kind of a state's entered event: its value is the state's input. */
    public static EventKind stateEntered(String type, TextNode name) {
        return new EventKind(type, "stateEnteredEventDetails", Form.ENTERED, name);
    }

    /** Return the kind of a state's exited event without assigned variables: its value is the state's output. */
    public static EventKind stateExited(String type, TextNode name) {
        return new EventKind(type, "stateExitedEventDetails", Form.EXITED, name);
    }

    /** Return the kind of a Map state's iteration event: its value is the iteration's index (an int node). */
    public static EventKind mapIteration(String type, String detailsKey, TextNode name) {
        return new EventKind(type, detailsKey, Form.MAP_ITERATION, name);
    }

    /**
     * Return the kind of events whose details are {@code {"output", "outputDetails"}} (e.g. {@code ExecutionSucceeded},
     * {@code LambdaFunctionSucceeded}): its value is the output.
     */
    public static EventKind withOutput(String type, String detailsKey) {
        return new EventKind(type, detailsKey, Form.OUTPUT, null);
    }

    /**
     * Return the kind of events whose details are {@code {"input", "inputDetails", textKey: text}} (e.g.
     * {@code LambdaFunctionScheduled} with its {@code resource}): its value is the input; the text is the kind's.
     */
    public static EventKind withInputAnd(String type, String detailsKey, String textKey, TextNode text) {
        return new EventKind(type, detailsKey, Form.INPUT_AND_TEXT, text,
                SmallFieldMap.Shape.of("input", "inputDetails", textKey));
    }

    /**
     * Return the kind of events whose details are {@code {"error", "cause"}} without the absent ones (e.g.
     * {@code LambdaFunctionFailed}): its value is a {@link #failure} node.
     */
    public static EventKind withError(String type, String detailsKey) {
        return new EventKind(type, detailsKey, Form.ERROR, null);
    }

    /** Return the value an event of an {@link #withError error kind} keeps for the failure. */
    public static JsonNode failure(Failure failure) {
        return new POJONode(failure);
    }

    /** Return the event type, e.g. {@code PassStateEntered}. */
    public String type() {
        return type;
    }

    /** Return the name of the details field, or {@code null}. */
    public @Nullable String detailsKey() {
        return detailsKey;
    }

    /** Return whether events of this kind keep their details object itself as their value. */
    boolean keepsDetails() {
        return form == Form.DETAILS;
    }

    /** Return whether an event of this kind keeps a Map iteration's index (the log keeps it as an int). */
    boolean keepsIndex() {
        return form == Form.MAP_ITERATION;
    }

    /** Return the value a Map iteration event of this kind keeps for the given index. */
    public static JsonNode index(int index) {
        return IntNode.valueOf(index);
    }

    /**
     * Return the details of an event of this kind that keeps the given value: a new object (its nested values are
     * the recorded, immutable ones), or the kept details object itself.
     */
    @Nullable
    ObjectNode details(@Nullable JsonNode value) {
        switch (form) {
            case ENTERED -> {
                ObjectNode details = SmallFieldMap.objectNode(ENTERED);
                details.set("input", value);
                details.set("inputDetails", notTruncated());
                details.set("name", name);
                return details;
            }
            case EXITED -> {
                ObjectNode details = SmallFieldMap.objectNode(EXITED);
                details.set("name", name);
                details.set("output", value);
                details.set("outputDetails", notTruncated());
                return details;
            }
            case MAP_ITERATION -> {
                ObjectNode details = SmallFieldMap.objectNode(MAP_ITERATION);
                details.set("index", value);
                details.set("name", name);
                return details;
            }
            case OUTPUT -> {
                ObjectNode details = SmallFieldMap.objectNode(OUTPUT);
                details.set("output", value);
                details.set("outputDetails", notTruncated());
                return details;
            }
            case INPUT_AND_TEXT -> {
                SmallFieldMap.Shape shape = Objects.requireNonNull(inputAndText);
                ObjectNode details = SmallFieldMap.objectNode(shape);
                details.set("input", value);
                details.set("inputDetails", notTruncated());
                details.set(shape.key(2), name);
                return details;
            }
            case ERROR -> {
                Failure failure = (Failure) ((POJONode) Objects.requireNonNull(value)).getPojo();
                ObjectNode details = SmallFieldMap.objectNode(ERROR);
                String error = failure.error();
                if (error != null && !error.isEmpty()) {
                    details.put("error", error);
                }
                if (failure.cause() != null) {
                    details.put("cause", failure.cause());
                }
                return details;
            }
            default -> {
                return (ObjectNode) value;
            }
        }
    }

    /**
     * Return a new {@code {"truncated": false}}, the {@code inputDetails}/{@code outputDetails} of an event: each
     * event has its own, so no run shares a mutable node.
     */
    public static ObjectNode notTruncated() {
        ObjectNode truncated = SmallFieldMap.objectNode(TRUNCATED);
        truncated.set("truncated", BooleanNode.FALSE);
        return truncated;
    }
}
