package dev.orrery.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Raw AWS JSON 1.0 calls, for what the SDK does not send (Orrery's extra operation, malformed bodies). */
final class Raw {

    private Raw() {}

    static HttpResponse<String> post(URI endpoint, String target, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String call(SfnClient sfn, String operation, String body) throws IOException, InterruptedException {
        URI endpoint = sfn.serviceClientConfiguration().endpointOverride().orElseThrow();
        HttpResponse<String> response = post(endpoint, "AWSStepFunctions." + operation, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
