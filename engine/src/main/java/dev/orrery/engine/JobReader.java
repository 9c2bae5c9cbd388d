package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.JobPolls;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code runsJob} answer of a {@code .sync} task into the core's {@link JobPolls}:
 * {@code {every: PT1M, submitted: {...}, polls: [{...}, ...], statusAt: {pointer: /Status, succeeded: [...],
 * failed: [...]}}}.
 */
final class JobReader {

    private static final Set<String> KEYS = Set.of("every", "submitted", "polls", "statusAt");
    private static final Set<String> STATUS_KEYS = Set.of("pointer", "succeeded", "failed");

    private JobReader() {}

    /** Return the job, or {@code null} when the node is malformed (reported). */
    static @Nullable JobPolls job(Node node) {
        if (!node.isObject("a job such as {every: PT1M, submitted: {...}, polls: [{Status: SUCCEEDED}]}")) {
            return null;
        }
        node.onlyKeys(KEYS);
        Node every = node.get("every");
        Duration interval = null;
        if (!every.present()) {
            node.problem("missing \"every\" (the virtual time between polls, such as PT1M)");
        } else {
            interval = every.duration();
            if (interval != null && interval.isZero()) {
                every.expected("a positive duration such as \"PT1M\"");
                interval = null;
            }
        }
        Node polls = node.get("polls");
        if (!polls.present()) {
            node.problem("missing \"polls\" (the results the polls read, in order, up to a terminal status)");
        } else if (!polls.value().isArray() || polls.value().isEmpty()) {
            polls.expected("a list of poll results such as [{Status: RUNNING}, {Status: SUCCEEDED}]");
        }
        Node statusAt = node.get("statusAt");
        boolean statusOk = !statusAt.present() || checkStatusAt(statusAt);
        if (interval == null || !polls.value().isArray() || polls.value().isEmpty() || !statusOk) {
            return null;
        }
        JobPolls job = JobPolls.every(interval);
        Node submitted = node.get("submitted");
        if (submitted.present()) {
            job = job.submitted(submitted.value());
        }
        List<JsonNode> results = polls.elements().stream().map(Node::value).toList();
        job = job.polls(results.get(0), results.subList(1, results.size()).toArray(JsonNode[]::new));
        if (statusAt.present()) {
            job = job.statusAt(statusAt.get("pointer").value().asText(), statusAt.get("succeeded").texts("statuses"),
                    statusAt.get("failed").texts("statuses"));
        }
        return job;
    }

    private static boolean checkStatusAt(Node node) {
        if (!node.isObject("{pointer: /Status, succeeded: [...], failed: [...]}")) {
            return false;
        }
        int before = node.problems().messages().size();
        node.onlyKeys(STATUS_KEYS);
        for (String key : List.of("pointer", "succeeded", "failed")) {
            if (!node.get(key).present()) {
                node.problem("missing \"" + key + "\"");
            }
        }
        Node pointer = node.get("pointer");
        if (pointer.present()) {
            String text = pointer.text();
            if (text != null && !text.startsWith("/")) {
                pointer.expected("a JSON pointer such as \"/Status\"");
            }
        }
        for (String key : List.of("succeeded", "failed")) {
            if (node.get(key).present()) {
                node.get(key).texts("statuses");
            }
        }
        return node.problems().messages().size() == before;
    }
}
