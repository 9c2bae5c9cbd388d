package dev.orrery.scaffold;

import dev.orrery.internal.scaffold.Generated;
import dev.orrery.internal.scaffold.Generator;
import dev.orrery.internal.scaffold.Renderers;
import dev.orrery.model.StateMachine;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A starting point for a state machine's tests: every Task state answering a placeholder in its integration's AWS
 * shape, and test cases that together reach every state, Choice branch and Catch edge Orrery could drive.
 *
 * <p>The cases are found by running: the first runs with every placeholder; each other one changes the input or a
 * Task's answers so that a Choice rule (or {@code Default}) is taken, a catcher catches a mocked error, or a Map gets
 * an item, and is kept only when its run on the interpreter reaches what it was made for. Choice rules are solved
 * from their comparisons ({@code StringEquals}, {@code NumericLessThan}, {@code IsPresent}, the type tests, the
 * {@code *Path} forms), {@code And}, {@code Or}, {@code Not}, and JSONata conditions that compare
 * {@code $states.input} fields or workflow variables with literals; {@link #notes()} names every branch, edge or state
 * no case reaches, with the reason. The search is bounded in runs, and each run in transitions and Task calls.
 *
 * <pre>{@code
 * Scaffold scaffold = Scaffold.of(StateMachineDefinitions.fromFile(path).parse().orThrow());
 * scaffold.render(ScaffoldFormat.JUNIT, "OrderFlow", "order.asl.json")
 *         .forEach(file -> write(file.name(), file.content()));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scaffold {

    private final Generated generated;

    private Scaffold(Generated generated) {
        this.generated = generated;
    }

    /**
     * Generate the scaffold of a state machine.
     *
     * @param machine the parsed definition, never {@code null}
     * @return the scaffold
     */
    public static Scaffold of(StateMachine machine) {
        return new Scaffold(Generator.generate(machine));
    }

    /**
     * Return the test cases, the first one the run where every Task answers its placeholder (unless that run loops:
     * then no case is that run).
     *
     * @return the cases
     */
    public List<ScaffoldCase> cases() {
        return generated.cases();
    }

    /**
     * Return what the cases do not reach and why, and what a placeholder does not know, one line each.
     *
     * @return the notes, empty when every state, branch and edge is reached and every shape known
     */
    public List<String> notes() {
        return generated.notes();
    }

    /**
     * Return how many states, Choice branches (rules and {@code Default}) and Catch edges the definition has.
     *
     * @return the number of targets
     */
    public int targetCount() {
        return generated.targets();
    }

    /**
     * Return how many of the {@link #targetCount() targets} the cases reach together.
     *
     * @return the number reached
     */
    public int reachedCount() {
        return generated.reached();
    }

    /**
     * Write the scaffold in a format, for tests that name the definition file {@code definition}.
     *
     * @param format the format, never {@code null}
     * @param stateMachineName the state machine's name: the mock configuration's key, the test class's stem
     * @param definition the definition's path as the written tests should name it (a classpath resource or a file)
     * @return the files: for {@link ScaffoldFormat#MOCK_CONFIG} {@code MockConfigFile.json} and the inputs beside it
     *     ({@code <name>.inputs.json}); one file for the other formats
     */
    public List<ScaffoldFile> render(ScaffoldFormat format, String stateMachineName, String definition) {
        return render(format, stateMachineName, ScaffoldSource.definition(definition));
    }

    /**
     * Write the scaffold in a format, for tests that find the state machine at {@code source}.
     *
     * @param format the format, never {@code null}
     * @param stateMachineName the state machine's name: the mock configuration's key, the test class's stem
     * @param source the definition, or the template and logical id, with substitutions
     * @return the files, as {@link #render(ScaffoldFormat, String, String)} writes them
     */
    public List<ScaffoldFile> render(ScaffoldFormat format, String stateMachineName, ScaffoldSource source) {
        return Renderers.render(generated, format.optionName(), stateMachineName, source);
    }
}
