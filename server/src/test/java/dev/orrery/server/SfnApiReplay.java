package dev.orrery.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays one scenario of the Step Functions API corpus ({@code ../shared/sfn-api}, see its README) over raw AWS
 * JSON 1.0 and compares every recorded answer with the README's rules: placeholders bound per scenario, timestamps
 * and redacted paths match anything, JSON text compared parsed, extra fields only where AWS added them later.
 */
final class SfnApiReplay {

    /** Fields AWS added after some recordings, which may be extra in an answer. */
    private static final Set<String> LATER_FIELDS = Set.of("redriveCount", "redriveStatus", "redriveStatusReason",
            "redriveDate");
    private static final Set<String> ENCRYPTION_OPERATIONS = Set.of("DescribeStateMachine",
            "DescribeStateMachineForExecution", "DescribeActivity");
    private static final Set<String> JSON_TEXT = Set.of("definition", "input", "output", "parameters", "cause");
    private static final Pattern REF = Pattern.compile("\\$\\{calls\\[(\\d+)]\\.response\\.([^}]+)}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final JsonNode scenario;
    private final List<JsonNode> answers = new ArrayList<>();
    private final Map<String, String> bound = new HashMap<>();
    private final Set<String> placeholders = new HashSet<>();
    private final Set<String> anyValue = new HashSet<>();
    private final Set<String> ownIds = new HashSet<>();
    private int internalFailures;

    SfnApiReplay(HttpClient http, URI endpoint, JsonNode scenario) {
        this.http = http;
        this.endpoint = endpoint;
        this.scenario = scenario;
        scenario.path("redactions").path("placeholders").forEach(p -> placeholders.add(p.asText()));
        scenario.path("redactions").path("timestamps").forEach(t -> anyValue.add(t.asText()));
        scenario.path("redactions").path("paths").forEach(p -> anyValue.add(p.path("replacement").asText()));
    }

    /** Return the answers with HTTP status 500 seen (the endpoint failed unexpectedly). */
    int internalFailures() {
        return internalFailures;
    }

    /**
     * Replay the scenario; return {@code null} when every recorded answer matches, else the first mismatch.
     */
    String replay() throws IOException, InterruptedException {
        String mismatch = null;
        JsonNode calls = scenario.get("calls");
        for (int i = 0; i < calls.size(); i++) {
            JsonNode call = calls.get(i);
            String operation = call.get("operation").asText();
            ObjectNode request = resolve(call);
            if (operation.startsWith("#")) {
                answers.add(JsonNodeFactory.instance.objectNode());
                if (mismatch == null && !await(operation, request)) {
                    mismatch = "call " + i + " " + operation + ": not reached within 10 s";
                }
                continue;
            }
            JsonNode answer = send(operation, request);
            answers.add(answer);
            JsonNode expected = call.get("expected");
            if (mismatch == null && expected != null && !expected.isNull()) {
                String problem = compare(operation, expected, answer);
                if (problem != null) {
                    mismatch = "call " + i + " " + operation + ": " + problem;
                }
            }
            if (!operation.startsWith("List") && answer.has("response")) {
                collectIds(request);
                collectIds(answer.get("response"));
            }
        }
        return mismatch;
    }

    private void collectIds(JsonNode node) {
        node.properties().forEach(field -> {
            if (field.getValue().isTextual()) {
                ownIds.add(field.getValue().asText());
            }
        });
    }

    private ObjectNode resolve(JsonNode call) {
        ObjectNode request = call.get("request").deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = call.path("refs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> ref = it.next();
            Matcher matcher = REF.matcher(ref.getValue().asText());
            StringBuilder value = new StringBuilder();
            boolean ok = true;
            while (matcher.find()) {
                int n = Integer.parseInt(matcher.group(1));
                JsonNode answer = n < answers.size() ? answers.get(n).path("response") : null;
                JsonNode found = answer == null ? null : at(answer, matcher.group(2));
                if (found == null || !found.isTextual()) {
                    ok = false;
                    break;
                }
                matcher.appendReplacement(value, Matcher.quoteReplacement(found.asText()));
            }
            if (ok) {
                matcher.appendTail(value);
                put(request, ref.getKey(), value.toString());
            }
        }
        return request;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            Matcher index = Pattern.compile("([^\\[]+)((\\[\\d+])*)").matcher(part);
            if (!index.matches()) {
                return null;
            }
            node = node.get(index.group(1));
            Matcher items = Pattern.compile("\\[(\\d+)]").matcher(index.group(2));
            while (node != null && items.find()) {
                node = node.get(Integer.parseInt(items.group(1)));
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void put(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int p = 0; p < parts.length; p++) {
            Matcher index = Pattern.compile("([^\\[]+)((\\[\\d+])*)").matcher(parts[p]);
            index.matches();
            List<Integer> items = new ArrayList<>();
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(index.group(2));
            while (m.find()) {
                items.add(Integer.parseInt(m.group(1)));
            }
            boolean last = p == parts.length - 1;
            if (items.isEmpty()) {
                if (last) {
                    ((ObjectNode) node).put(index.group(1), value);
                    return;
                }
                node = node.get(index.group(1));
            } else {
                JsonNode container = node.get(index.group(1));
                for (int k = 0; k < items.size() - 1; k++) {
                    container = container.get(items.get(k));
                }
                int lastIndex = items.get(items.size() - 1);
                if (last) {
                    ((ArrayNode) container).set(lastIndex, JsonNodeFactory.instance.textNode(value));
                    return;
                }
                node = container.get(lastIndex);
            }
        }
    }

    /** Send one call; return {@code {"response": ...}} or {@code {"error": {code, message, http_status}}}. */
    JsonNode send(String operation, JsonNode request) throws IOException, InterruptedException {
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        JsonNode body = MAPPER.readTree(response.body());
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        if (response.statusCode() == 200) {
            answer.set("response", body);
        } else {
            if (response.statusCode() >= 500) {
                internalFailures++;
            }
            ObjectNode error = answer.putObject("error");
            error.put("code", body.path("__type").asText().replaceFirst(".*#", ""));
            error.put("message", body.path("message").asText());
            error.put("http_status", response.statusCode());
        }
        return answer;
    }

    private boolean await(String wait, ObjectNode request) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            if (reached(wait, request)) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private boolean reached(String wait, ObjectNode request) throws IOException, InterruptedException {
        String executionArn = request.path("executionArn").asText();
        switch (wait) {
            case "#AwaitExecutionTerminated", "#AwaitExecutionSucceeded", "#AwaitExecutionAborted",
                    "#AwaitExecutionStarted" -> {
                JsonNode status = send("DescribeExecution", obj("executionArn", executionArn))
                        .path("response").path("status");
                return switch (wait) {
                    case "#AwaitExecutionTerminated" -> !status.isMissingNode() && !status.asText().equals("RUNNING");
                    case "#AwaitExecutionSucceeded" -> status.asText().equals("SUCCEEDED");
                    case "#AwaitExecutionAborted" -> status.asText().equals("ABORTED");
                    default -> !status.isMissingNode();
                };
            }
            case "#AwaitStateEntered" -> {
                for (JsonNode event : send("GetExecutionHistory", obj("executionArn", executionArn))
                        .path("response").path("events")) {
                    if (event.path("stateEnteredEventDetails").path("name").asText()
                            .equals(request.path("stateName").asText())) {
                        return true;
                    }
                }
                return false;
            }
            case "#AwaitListExecutionsStatus", "#AwaitListExecutionsTerminated" -> {
                ObjectNode list = obj("stateMachineArn", request.path("stateMachineArn").asText());
                if (wait.equals("#AwaitListExecutionsStatus")) {
                    list.put("statusFilter", request.path("status").asText());
                }
                for (JsonNode execution : send("ListExecutions", list).path("response").path("executions")) {
                    if (execution.path("executionArn").asText().equals(executionArn)) {
                        return wait.equals("#AwaitListExecutionsStatus")
                                || !execution.path("status").asText().equals("RUNNING");
                    }
                }
                return false;
            }
            case "#AwaitStateMachineListed", "#AwaitStateMachineNotListed" -> {
                boolean listed = listed("ListStateMachines", JsonNodeFactory.instance.objectNode(),
                        "stateMachines", "stateMachineArn", request.path("stateMachineArn").asText());
                return listed == wait.equals("#AwaitStateMachineListed");
            }
            case "#AwaitStateMachineVersionListed", "#AwaitStateMachineVersionNotListed" -> {
                boolean listed = listed("ListStateMachineVersions",
                        obj("stateMachineArn", request.path("stateMachineArn").asText()), "stateMachineVersions",
                        "stateMachineVersionArn", request.path("stateMachineVersionArn").asText());
                return listed == wait.equals("#AwaitStateMachineVersionListed");
            }
            case "#AwaitStateMachineAliasListed", "#AwaitStateMachineAliasNotListed" -> {
                boolean listed = listed("ListStateMachineAliases",
                        obj("stateMachineArn", request.path("stateMachineArn").asText()), "stateMachineAliases",
                        "stateMachineAliasArn", request.path("stateMachineAliasArn").asText());
                return listed == wait.equals("#AwaitStateMachineAliasListed");
            }
            default -> throw new IllegalArgumentException("unknown wait " + wait);
        }
    }

    private boolean listed(String operation, ObjectNode request, String list, String field, String arn)
            throws IOException, InterruptedException {
        while (true) {
            JsonNode response = send(operation, request).path("response");
            for (JsonNode item : response.path(list)) {
                if (item.path(field).asText().equals(arn)) {
                    return true;
                }
            }
            if (!response.hasNonNull("nextToken")) {
                return false;
            }
            request.put("nextToken", response.get("nextToken").asText());
        }
    }

    private static ObjectNode obj(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value);
    }

    // ---- comparison

    private String compare(String operation, JsonNode expected, JsonNode answer) {
        if (expected.has("error")) {
            JsonNode want = expected.get("error");
            if (!answer.has("error")) {
                return "expected error " + want.get("code").asText() + " (" + want.get("message").asText()
                        + ") but got " + answer.get("response");
            }
            JsonNode got = answer.get("error");
            if (!want.get("code").asText().equals(got.get("code").asText())) {
                return "expected error " + want.get("code").asText() + " but got " + got.get("code").asText()
                        + " (" + got.get("message").asText() + ")";
            }
            if (!text(want.get("message").asText(), got.get("message").asText())) {
                return "error message: expected <" + want.get("message").asText() + "> but was <"
                        + got.get("message").asText() + ">";
            }
            if (want.hasNonNull("http_status") && want.get("http_status").asInt() != got.get("http_status").asInt()) {
                return "HTTP status " + got.get("http_status").asInt();
            }
            return null;
        }
        if (!answer.has("response")) {
            return "expected a response but got error " + answer.get("error");
        }
        JsonNode response = answer.get("response");
        JsonNode subset = expected.path("subset_lists");
        if (subset.isObject()) {
            JsonNode all = response;
            ObjectNode restricted = response.deepCopy();
            subset.properties().forEach(entry -> {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                for (JsonNode item : all.path(entry.getKey())) {
                    if (ownIds.contains(item.path(entry.getValue().asText()).asText())
                            || ownIds.contains(item.path("name").asText())) {
                        kept.add(item);
                    }
                }
                restricted.set(entry.getKey(), kept);
            });
            response = restricted;
        }
        return object(operation, expected.get("response"), response, "$", false);
    }

    private String object(String operation, JsonNode want, JsonNode got, String path, boolean data) {
        if (!got.isObject()) {
            return path + ": expected an object but was " + got;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode actual = got.get(field.getKey());
            String at = path + "." + field.getKey();
            if (actual == null || (!data && actual.isNull())) {
                if (!data && field.getValue().isNull()) {
                    continue;
                }
                return at + ": missing (expected " + field.getValue() + ")";
            }
            String problem = !data && JSON_TEXT.contains(field.getKey()) && actual.isTextual()
                    ? jsonText(operation, field.getValue(), actual.asText(), at)
                    : value(operation, field.getValue(), actual, at, data);
            if (problem != null) {
                return problem;
            }
        }
        for (Iterator<String> it = got.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!want.has(name) && !(!data && got.get(name).isNull()) && !(!data && allowedExtra(operation, name))) {
                return path + "." + name + ": unexpected field " + got.get(name);
            }
        }
        return null;
    }

    private static boolean allowedExtra(String operation, String name) {
        return LATER_FIELDS.contains(name) || (name.equals("encryptionConfiguration")
                && ENCRYPTION_OPERATIONS.contains(operation));
    }

    private String jsonText(String operation, JsonNode want, String got, String path) {
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(got);
        } catch (IOException e) {
            return want.isTextual() && text(want.asText(), got) ? null
                    : path + ": expected " + want + " but was text " + got;
        }
        JsonNode expected = want;
        if (want.isTextual()) {
            try {
                expected = MAPPER.readTree(want.asText());
            } catch (IOException e) {
                return text(want.asText(), got) ? null : path + ": expected " + want + " but was " + got;
            }
        }
        if (parsed == null) {
            return path + ": empty text";
        }
        return value(operation, expected, parsed, path, true);
    }

    private String value(String operation, JsonNode want, JsonNode got, String path, boolean data) {
        if (want.isTextual() && anyValue.contains(want.asText()) && !data) {
            return null;
        }
        if (want.isObject()) {
            return object(operation, want, got, path, data);
        }
        if (want.isArray()) {
            if (!got.isArray() || got.size() != want.size()) {
                return path + ": expected " + want.size() + " item(s) " + want + " but was " + got;
            }
            if (path.contains("variableReferences")) {
                List<String> a = new ArrayList<>();
                List<String> b = new ArrayList<>();
                want.forEach(x -> a.add(x.toString()));
                got.forEach(x -> b.add(x.toString()));
                a.sort(null);
                b.sort(null);
                return a.equals(b) ? null : path + ": expected " + want + " in any order but was " + got;
            }
            for (int i = 0; i < want.size(); i++) {
                String problem = value(operation, want.get(i), got.get(i), path + "[" + i + "]", data);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (want.isTextual()) {
            return got.isTextual() && text(want.asText(), got.asText()) ? null
                    : path + ": expected " + want + " but was " + got;
        }
        if (want.isNumber()) {
            boolean same = got.isNumber() && want.decimalValue().compareTo(got.decimalValue()) == 0
                    && (!data || want.isIntegralNumber() == got.isIntegralNumber());
            return same ? null : path + ": expected " + want + " but was " + got;
        }
        return want.equals(got) ? null : path + ": expected " + want + " but was " + got;
    }

    /** Match text with placeholders: unbound ones bind (a UUID for {@code <uuid:N>}), bound ones must repeat. */
    private boolean text(String want, String got) {
        if (placeholders.stream().noneMatch(want::contains)) {
            return want.equals(got);
        }
        StringBuilder regex = new StringBuilder();
        List<String> groups = new ArrayList<>();
        Matcher tokens = Pattern.compile("<[^<>]+>").matcher(want);
        int last = 0;
        while (tokens.find()) {
            String token = tokens.group();
            if (!placeholders.contains(token)) {
                continue;
            }
            regex.append(Pattern.quote(want.substring(last, tokens.start())));
            if (bound.containsKey(token)) {
                regex.append(Pattern.quote(bound.get(token)));
            } else if (groups.contains(token)) {
                regex.append("\\k<g").append(groups.indexOf(token)).append(">");
            } else {
                regex.append("(?<g").append(groups.size()).append(">")
                        .append(token.startsWith("<uuid:") ? UUID.pattern() : ".+?").append(")");
                groups.add(token);
            }
            last = tokens.end();
        }
        regex.append(Pattern.quote(want.substring(last)));
        Matcher matcher = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(got);
        if (!matcher.matches()) {
            return false;
        }
        for (int i = 0; i < groups.size(); i++) {
            bound.put(groups.get(i), matcher.group("g" + i));
        }
        return true;
    }
}
