package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The response shapes of the AWS services Orrery carries, trimmed from botocore's service models
 * ({@code core/src/build/trim-botocore-models.py} writes them under {@code dev/orrery/internal/teststate/shapes/}):
 * per service, each operation's output shape name and the shapes reachable from it (type, required members, members,
 * list member, map value, min, max, enum). Each call reads the one model it needs; nothing is cached between runs.
 */
final class ServiceModels {

    /** The services with a shipped model, by their name in {@code arn:aws:states:::aws-sdk:<service>:<action>}. */
    static final Set<String> SERVICES = Set.of("athena", "batch", "dynamodb", "ecs", "eventbridge", "glue", "kms",
            "lambda", "s3", "secretsmanager", "sfn", "sns", "sqs", "ssm");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ServiceModels() {}

    /** One service's trimmed model. */
    record Model(JsonNode operations, JsonNode shapes) {

        /** Return the output shape name of the operation named like {@code action} (first letter in any case). */
        @Nullable String outputShape(String action) {
            if (action.isEmpty()) {
                return null;
            }
            String operation = action.substring(0, 1).toUpperCase(Locale.ROOT) + action.substring(1);
            JsonNode output = operations.get(operation);
            return output == null || !output.isTextual() ? null : output.asText();
        }

        /** Return the shape named {@code name}. */
        JsonNode shape(String name) {
            return shapes.path(name);
        }
    }

    /** Load the model of {@code service}, or return {@code null} when Orrery does not ship one. */
    static @Nullable Model load(String service) {
        if (!SERVICES.contains(service)) {
            return null;
        }
        String resource = "shapes/" + service + ".json";
        try (InputStream in = ServiceModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The service model " + resource + " is missing from Orrery's jar");
            }
            JsonNode model = MAPPER.readTree(in);
            return new Model(model.path("operations"), model.path("shapes"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service model " + resource, e);
        }
    }
}
