package dev.orrery.internal.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.scaffold.Scaffold;
import dev.orrery.scaffold.ScaffoldCase;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property of the scaffold: run through the interpreter as written (the mock configuration read back by
 * Orrery's reader, each case's input from the inputs file), each case reaches what it claims, and together the cases
 * reach exactly what the scaffold reports, for the example definitions and every conformance definition.
 */
class ScaffoldedCasesReachWhatTheyClaimTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path EXAMPLES = Path.of("../examples/order-fulfilment");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".asl.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void the_cases_of_an_example_reach_every_state_branch_and_catch_edge(Path definition) {
        StateMachine machine = StateMachineDefinitions.fromFile(definition).parse().orThrow();
        Scaffold scaffold = Scaffold.of(machine);

        assertThat(replay(machine, scaffold)).isEqualTo(scaffold.reachedCount());
        assertThat(replayYaml(machine, scaffold)).isEqualTo(scaffold.reachedCount());
        assertThat(scaffold.reachedCount()).as("reached of %s; notes %s", scaffold.targetCount(), scaffold.notes())
                .isEqualTo(scaffold.targetCount());
    }

    @Test
    void the_cases_of_every_conformance_definition_reach_what_they_claim() throws IOException {
        Path corpus = Path.of(System.getProperty("orrery.conformance.dir", "../../shared/conformance"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no conformance corpus at " + corpus);
        Map<String, StateMachine> machines = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode definition = MAPPER.readTree(file.toFile()).path("definition");
                ParseResult parsed = StateMachineDefinitions.fromText(definition.toString(), file.getFileName().toString()).parse();
                if (parsed.isValid()) {
                    machines.putIfAbsent(definition.toString(), parsed.orThrow());
                }
            }
        }
        int full = 0;
        long targets = 0;
        long reached = 0;
        for (StateMachine machine : machines.values()) {
            Scaffold scaffold = Scaffold.of(machine);
            assertThat(replay(machine, scaffold)).isEqualTo(scaffold.reachedCount());
            assertThat(replayYaml(machine, scaffold)).isEqualTo(scaffold.reachedCount());
            full += scaffold.reachedCount() == scaffold.targetCount() ? 1 : 0;
            targets += scaffold.targetCount();
            reached += scaffold.reachedCount();
        }
        System.out.printf("scaffold: %d of %d distinct conformance definitions fully reached; %d of %d targets%n",
                full, machines.size(), reached, targets);
        assertThat(full).isPositive();
    }

    /** Replay the written mock configuration; assert each case reaches its claim; return how many targets all reach. */
    private static int replay(StateMachine machine, Scaffold scaffold) {
        List<ScaffoldFile> files = scaffold.render(ScaffoldFormat.MOCK_CONFIG, "Machine", "machine.asl.json");
        StepFunctionsLocalMockConfig config = StepFunctionsLocalMockConfig.read(json(files.get(0).content()));
        JsonNode inputs = json(files.get(1).content()).path("TestCases");
        Runs runs = new Runs(Instrumented.of(machine));
        Set<String> all = new LinkedHashSet<>();
        for (ScaffoldCase scaffoldCase : scaffold.cases()) {
            Reach reach = runs.run(inputs.path(scaffoldCase.name()).path("Input"),
                    config.testCase("Machine", scaffoldCase.name()), new LinkedHashMap<>());
            Set<String> covered = new LinkedHashSet<>();
            reach.covered().forEach(target -> covered.add(target.describe()));
            if (!scaffoldCase.name().equals("FirstPath")) {
                assertThat(covered).as("case %s", scaffoldCase.name()).contains(scaffoldCase.reaches());
            }
            all.addAll(covered);
        }
        Set<String> known = new LinkedHashSet<>();
        Targets.of(machine).all().forEach(target -> known.add(target.describe()));
        all.retainAll(known);
        return all.size();
    }

    /** Replay the written test file, its answer lists repeating their last answer; as {@link #replay}. */
    private static int replayYaml(StateMachine machine, Scaffold scaffold) {
        String text = scaffold.render(ScaffoldFormat.ORRERY_YAML, "Machine", "machine.asl.json").get(0).content();
        JsonNode file;
        try {
            file = YAML.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not YAML:\n" + text, e);
        }
        assertThat(file.path("definition").asText()).isEqualTo("machine.asl.json");
        Runs runs = new Runs(Instrumented.of(machine));
        Set<String> all = new LinkedHashSet<>();
        for (ScaffoldCase scaffoldCase : scaffold.cases()) {
            JsonNode yamlCase = file.path("cases").path(scaffoldCase.reaches());
            Map<String, List<Response>> mocks = new LinkedHashMap<>();
            yamlCase.path("mocks").properties().forEach(state -> {
                List<Response> answers = new java.util.ArrayList<>();
                state.getValue().forEach(answer -> answers.add(answer.has("returns")
                        ? new Response.Returns(answer.get("returns"))
                        : new Response.Throws(answer.get("error").asText(), answer.get("cause").asText())));
                mocks.put(state.getKey(), answers);
            });
            Reach reach = runs.run(new Scenario(yamlCase.path("input"), mocks));
            Set<String> covered = new LinkedHashSet<>();
            reach.covered().forEach(target -> covered.add(target.describe()));
            assertThat(covered).as("case %s", scaffoldCase.reaches()).contains(scaffoldCase.path().stream()
                    .map(state -> Target.state(state).describe()).toArray(String[]::new));
            assertThat(yamlCase.path("expect").path("status").asText()).isEqualTo(scaffoldCase.status().name());
            if (!scaffoldCase.name().equals("FirstPath")) {
                assertThat(covered).as("case %s", scaffoldCase.reaches()).contains(scaffoldCase.reaches());
            }
            all.addAll(covered);
        }
        Set<String> known = new LinkedHashSet<>();
        Targets.of(machine).all().forEach(target -> known.add(target.describe()));
        all.retainAll(known);
        return all.size();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
