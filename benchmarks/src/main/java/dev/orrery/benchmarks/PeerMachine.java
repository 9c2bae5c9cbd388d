package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.StateVisit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One machine of the peer benchmark: {@code NAME.json}, optional {@code NAME.input.json} (default {@code {}}) and
 * {@code NAME.mocks.json} (Step Functions Local responses), compiled once.
 *
 * @param name the machine's name, e.g. {@code 01-linear-10}
 * @param runner the compiled machine with its mocks
 * @param input the execution input
 */
public record PeerMachine(String name, StateMachineRunner runner, JsonNode input) {

    /** The system property naming the machines folder. */
    public static final String DIR_PROPERTY = "orrery.peerbench.dir";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Return the machines folder: the system property, else {@code ../shared/peer-bench/machines}. */
    public static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, "../shared/peer-bench/machines"));
    }

    /** Return the names of the machines in the folder, sorted. */
    public static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".json") && !f.endsWith(".input.json") && !f.endsWith(".mocks.json"))
                    .map(f -> f.substring(0, f.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the peer-bench machines in " + dir.toAbsolutePath(), e);
        }
    }

    /** Load and compile the named machine of the folder. */
    public static PeerMachine load(Path dir, String name) {
        try {
            String definition = Files.readString(dir.resolve(name + ".json"));
            Path inputFile = dir.resolve(name + ".input.json");
            Path mocksFile = dir.resolve(name + ".mocks.json");
            JsonNode input = Files.exists(inputFile) ? MAPPER.readTree(inputFile.toFile()) : MAPPER.createObjectNode();
            JsonNode responses = Files.exists(mocksFile) ? MAPPER.readTree(mocksFile.toFile()) : MAPPER.createObjectNode();
            StateMachineRunner runner = StateMachineRunner.create(
                    AslParser.parse(definition, name + ".json").orThrow(), new DefaultingMocks(responses));
            return new PeerMachine(name, runner, input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read peer-bench machine " + name + " in " + dir, e);
        }
    }

    /** Run one execution. */
    public Execution run() {
        return runner.run(input);
    }

    /** Return the state transitions of an execution: states entered plus retries, as bench.mjs counts them. */
    public static int transitions(Execution execution) {
        int entered = 0;
        for (HistoryEvent event : execution.history()) {
            entered += event.type().endsWith("StateEntered") ? 1 : 0;
        }
        return entered + execution.visits().stream().mapToInt(StateVisit::retries).sum();
    }
}
