package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The response shape a Task's result has, by the Task's {@code Resource}, for code outside this package (the test
 * scaffold): the operation {@link IntegrationOperations} resolves and the trimmed botocore model of its service.
 *
 * @param described how the resource is named in a message ({@code service:action})
 * @param outputShape the name of the operation's output shape
 * @param anyJsonMembers top-level members Step Functions returns as parsed JSON instead of the shape's string
 * @param shapes the service model's shapes, by name
 */
public record ResponseShapes(String described, String outputShape, Set<String> anyJsonMembers, JsonNode shapes) {

    /** Copy the members. */
    public ResponseShapes {
        anyJsonMembers = Set.copyOf(anyJsonMembers);
    }

    /**
     * Return the response shape of a Task resource, or {@code null} when Orrery resolves no operation for it or ships
     * no model of its service, or the operation has no output.
     *
     * @param resource the Task's {@code Resource}
     * @return the shapes, or {@code null}
     */
    public static @Nullable ResponseShapes of(String resource) {
        IntegrationOperations.Operation operation = IntegrationOperations.resolve(resource);
        ServiceModels.Model model = operation == null ? null : ServiceModels.load(operation.service());
        String output = model == null ? null : model.outputShape(operation.action());
        if (output == null) {
            return null;
        }
        return new ResponseShapes(operation.described(), output, operation.anyJsonMembers(), model.shapes());
    }

    /**
     * Return whether Orrery can name the operation of a resource (even without a model of its service).
     *
     * @param resource the Task's {@code Resource}
     * @return the operation as {@code service:action}, or {@code null}
     */
    public static @Nullable String operation(String resource) {
        IntegrationOperations.Operation operation = IntegrationOperations.resolve(resource);
        return operation == null ? null : operation.described();
    }

    /**
     * Return the shape named {@code name}; a missing node when the model has none.
     *
     * @param name the shape name
     * @return the shape
     */
    public JsonNode shape(String name) {
        return shapes.path(name);
    }
}
