package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Checks what is particular to Task states: the Resource, the timeouts, the Credentials and HTTP Task parameters. */
final class TaskChecker {

    private static final Pattern LAMBDA_FUNCTION = Pattern.compile(
            "arn:[^:]+:lambda:[^:]*:[^:]*:function:[a-zA-Z0-9_-]+(:(\\$LATEST|[a-zA-Z0-9_-]+))?");

    private final Diagnostics diagnostics;
    private final HttpTaskChecker httpTasks;

    TaskChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.httpTasks = new HttpTaskChecker(diagnostics);
    }

    /** Check a Task state's Resource, timeouts and Credentials. */
    void check(JsonNode state, String pointer) {
        JsonNode resource = state.get("Resource");
        if (resource != null && resource.isTextual()) {
            resource(resource.asText(), pointer + "/Resource");
            if (HttpTaskChecker.isHttpTask(resource.asText())) {
                httpTasks.check(state, pointer);
            }
        } else if (resource != null) {
            nonString(resource, pointer + "/Resource");
        }
        JsonNode timeout = state.get("TimeoutSeconds");
        JsonNode heartbeat = state.get("HeartbeatSeconds");
        if (timeout != null && heartbeat != null && timeout.isIntegralNumber() && heartbeat.isIntegralNumber()
                && heartbeat.longValue() >= timeout.longValue()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/HeartbeatSeconds", "HeartbeatSeconds must be smaller"
                    + " than TimeoutSeconds (" + timeout + ") but was " + heartbeat);
        }
        JsonNode credentials = state.get("Credentials");
        if (credentials != null && credentials.isObject() && !credentials.has("RoleArn")
                && !credentials.has("RoleArn.$")) {
            diagnostics.warning(Diagnostics.SCHEMA, pointer + "/Credentials", "The field 'RoleArn' is required but"
                    + " was missing (Orrery runs the state; AWS will refuse the definition)");
        }
    }

    private void nonString(JsonNode resource, String pointer) {
        String key = resource.isObject() && resource.size() == 1 ? resource.fieldNames().next() : "";
        if (key.equals("Ref") || key.startsWith("Fn::")) {
            diagnostics.warning(Diagnostics.INVALID_RESOURCE, pointer, "Resource is the CloudFormation intrinsic "
                    + resource + "; AWS accepts only the ARN it resolves to (Orrery uses its JSON text as the"
                    + " resource name)");
        } else {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"Resource\" must be a string holding an ARN but was "
                    + ValueChecker.describe(resource));
        }
    }

    private void resource(String text, String pointer) {
        if (text.contains("${") && text.indexOf('}', text.indexOf("${")) < 0) {
            diagnostics.error(Diagnostics.INVALID_RESOURCE, pointer, "Resource \"" + text + "\" has a definition"
                    + " substitution \"${\" without its closing \"}\"");
        } else if (!text.startsWith("arn:")) {
            diagnostics.warning(Diagnostics.INVALID_RESOURCE, pointer, "The resource provided " + text + " is not"
                    + " recognized. The value is not a valid resource ARN, or the resource is not available in this"
                    + " region. (Orrery runs the state with a mock; AWS will refuse the definition until it is an ARN)");
        } else if (text.split(":").length > 5 && text.split(":")[2].equals("lambda")
                && !LAMBDA_FUNCTION.matcher(text).matches()) {
            diagnostics.error(Diagnostics.INVALID_RESOURCE, pointer, "Resource \"" + text + "\" is not a valid"
                    + " Lambda function ARN: expected arn:<partition>:lambda:<region>:<account>:function:<name>"
                    + " with an optional :<version or alias> of letters, digits, '-' and '_' (or $LATEST)");
        }
    }
}
