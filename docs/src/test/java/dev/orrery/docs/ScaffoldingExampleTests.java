package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.scaffold.Scaffold;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldFormat;
import dev.orrery.scaffold.ScaffoldSource;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The scaffolding section of the coverage-and-test-files guide: the API, the generated test file shown in the guide
 * (regenerated and compared here), and the generated JUnit class, compiled with {@code javax.tools} and run.
 */
class ScaffoldingExampleTests {

    private static final Path GUIDE = Path.of("guides/coverage-and-test-files.md");
    private static final Path REFUND = Path.of("src/test/resources/scaffold/refund.asl.json");
    private static final Pattern SHOWN =
            Pattern.compile("<!-- scaffold-output: (\\S+) (\\S+) -->\\s*```\\w+\\n(.*?)```", Pattern.DOTALL);

    @Test
    void scaffolds_a_definition_through_the_api() {
        // tag::scaffold[]
        StateMachine machine = StateMachineDefinitions.fromFile(REFUND).parse().orThrow();
        Scaffold scaffold = Scaffold.of(machine);

        assertThat(scaffold.reachedCount()).isEqualTo(scaffold.targetCount());
        List<ScaffoldFile> files = scaffold.render(ScaffoldFormat.ORRERY_YAML, "Refund", "refund.asl.json");
        assertThat(files.get(0).name()).isEqualTo("Refund.orrery.yaml");
        // end::scaffold[]
    }

    @Test
    void the_scaffolded_test_file_runs_and_passes_on_the_orrery_engine(@TempDir Path dir) throws IOException {
        StateMachine machine = StateMachineDefinitions.fromFile(REFUND).parse().orThrow();
        Scaffold scaffold = Scaffold.of(machine);
        ScaffoldFile file = scaffold.render(ScaffoldFormat.ORRERY_YAML, "Refund", "refund.asl.json").get(0);
        Files.copy(REFUND, dir.resolve("refund.asl.json"));
        Path testFile = Files.writeString(dir.resolve(file.name()), file.content());

        Events cases = EngineTestKit.engine("orrery").selectors(selectFile(testFile.toFile())).execute()
                .testEvents();

        assertThat(cases.failed().list()).as("failed cases").isEmpty();
        cases.assertStatistics(stats -> stats.started(scaffold.cases().size()).succeeded(scaffold.cases().size()));
    }

    @Test
    void the_guide_shows_the_output_the_scaffold_writes() throws IOException {
        Matcher matcher = SHOWN.matcher(Files.readString(GUIDE));
        int shown = 0;
        while (matcher.find()) {
            Path definition = REFUND.resolveSibling(matcher.group(1));
            Scaffold scaffold = Scaffold.of(StateMachineDefinitions.fromFile(definition).parse().orThrow());
            String stem = matcher.group(1).replaceFirst("\\.asl\\.json$", "");
            String name = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
            ScaffoldFormat format = ScaffoldFormat.fromOptionName(matcher.group(2));
            assertThat(format).as(matcher.group(2)).isNotNull();
            assertThat(matcher.group(3)).isEqualTo(scaffold.render(format, name, matcher.group(1)).get(0).content());
            shown++;
        }
        assertThat(shown).as("scaffold outputs shown in %s", GUIDE).isPositive();
    }

    @Test
    void the_junit_class_compiles_and_passes(@TempDir Path dir) throws Exception {
        for (Path definition : List.of(REFUND, Path.of("src/test/resources/workflows/approval.asl.json"))) {
            Scaffold scaffold = Scaffold.of(StateMachineDefinitions.fromFile(definition).parse().orThrow());
            ScaffoldFile file = scaffold.render(ScaffoldFormat.JUNIT, "Scaffolded", definition.toString()).get(0);
            Path classes = compile(Files.createDirectories(dir.resolve(definition.getFileName().toString())), file);

            assertThat(run(classes, "ScaffoldedTests").getTotalFailureCount()).as(file.content()).isZero();
        }
    }

    @Test
    void the_junit_class_of_a_templates_state_machine_compiles_and_passes(@TempDir Path dir) throws Exception {
        Path template = Path.of("src/test/resources/projects/sam/template.yaml");
        Map<String, String> substitutions = new LinkedHashMap<>();
        substitutions.put("RemindersTableName", "reminders-test");
        substitutions.put("ReminderDelay", "60");
        StateMachine machine = StateMachineDefinitions.fromTemplate(template).stateMachine("ReminderFlow")
                .substitute(substitutions).parse().orThrow();
        ScaffoldSource source = ScaffoldSource.template(template.toString(), "ReminderFlow")
                .withSubstitutions(substitutions);
        ScaffoldFile file = Scaffold.of(machine).render(ScaffoldFormat.JUNIT, "Scaffolded", source).get(0);

        assertThat(file.content()).contains("@StateMachineTest(template = \"" + template + "\", stateMachine ="
                + " \"ReminderFlow\", substitutions = {\"RemindersTableName=reminders-test\", \"ReminderDelay=60\"})");
        assertThat(run(compile(dir, file), "ScaffoldedTests").getTotalFailureCount()).as(file.content()).isZero();
    }

    private static Path compile(Path dir, ScaffoldFile file) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path source = Files.writeString(dir.resolve(file.name()), file.content());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter problems = new StringWriter();
        boolean compiled = compiler.getTask(problems, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        assertThat(compiled).as("%s%n%s", problems, file.content()).isTrue();
        return classes;
    }

    private static TestExecutionSummary run(Path classes, String className) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ScaffoldingExampleTests.class.getClassLoader())) {
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(loader.loadClass(className))).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            assertThat(summary.getTestsFoundCount()).isPositive();
            summary.getFailures().forEach(failure -> System.out.println(failure.getException()));
            return summary;
        }
    }
}
