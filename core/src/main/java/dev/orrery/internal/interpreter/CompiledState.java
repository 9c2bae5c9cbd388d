package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.history.EventKind;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.State;
import dev.orrery.model.StateType;
import java.util.List;

/** A state compiled once: its handler runs each time the state is entered. */
abstract class CompiledState {

    private final State state;
    private final String enteredEvent;
    private final String exitedEvent;
    private final TextNode nameNode;
    private final EventKind enteredKind;
    private final EventKind exitedKind;
    private final VisitRow visitRow;

    CompiledState(State state) {
        this.state = state;
        this.nameNode = TextNode.valueOf(state.name());
        this.enteredEvent = state.type().aslName() + "StateEntered";
        this.exitedEvent = state.type().aslName() + "StateExited";
        this.enteredKind = EventKind.stateEntered(enteredEvent, nameNode);
        this.exitedKind = EventKind.stateExited(exitedEvent, nameNode);
        this.visitRow = new VisitRow(this);
    }

    /** Return how the finished visits of this state are kept as rows of an execution's visits. */
    final VisitRow visitRow() {
        return visitRow;
    }

    /** Return the kind of the event recorded on entering the state: it keeps the state's input. */
    final EventKind enteredKind() {
        return enteredKind;
    }

    /** Return the kind of the event recorded on leaving the state without assigning variables: it keeps the output. */
    final EventKind exitedKind() {
        return exitedKind;
    }

    /** Return the state's name. */
    final String name() {
        return state.name();
    }

    /**
     * Return the state's name as an (immutable) JSON string, shared by the history events of every visit instead of
     * one copy per event.
     */
    final TextNode nameNode() {
        return nameNode;
    }

    /** Return the state's type. */
    final StateType type() {
        return state.type();
    }

    /** Return the type of the event recorded on entering the state, e.g. {@code TaskStateEntered}. */
    final String enteredEvent() {
        return enteredEvent;
    }

    /** Return the type of the event recorded on leaving the state, e.g. {@code TaskStateExited}. */
    final String exitedEvent() {
        return exitedEvent;
    }

    /**
     * Return whether the state can be stopped while it works, so that AWS records a {@code <Type>StateAborted} event
     * for it: a Task, Wait, Map or Parallel state (the others take no time).
     */
    final boolean abortable() {
        StateType type = type();
        return type == StateType.TASK || type == StateType.WAIT || type == StateType.MAP
                || type == StateType.PARALLEL;
    }

    /** Return whether this is a Task state. */
    final boolean isTask() {
        return type() == StateType.TASK;
    }

    /** Return the type of the event recorded when the state is stopped while it works ({@code TaskStateAborted}). */
    final String abortedEvent() {
        return state.type().aslName() + "StateAborted";
    }

    /** Return the state's model. */
    State model() {
        return state;
    }

    private List<String> unresolved = List.of();

    /** Remember the placeholders this state still holds: entering it fails the run. */
    final void unresolved(List<String> placeholders) {
        this.unresolved = List.copyOf(placeholders);
    }

    /** Return the {@code ${...}} placeholders this state still holds, empty when it has none. */
    final List<String> unresolved() {
        return unresolved;
    }

    private ErrorHandler errorHandler = ErrorHandler.NONE;
    private CatchProcessing catchers = CatchProcessing.NONE;

    private boolean recordsAttempts;

    /** Link the transitions and catchers to their targets once every state of the graph is compiled. */
    final void linkAll(CompiledGraph graph) {
        link(graph);
        recordsAttempts = type() == StateType.TASK || !errorHandling().retry().isEmpty();
        errorHandler = ErrorHandler.compile(name(), errorHandling(), graph);
        catchers = CatchProcessing.compile(state, errorHandling());
    }

    /** Return whether visits record their attempts: a Task state, or a state with a Retry. */
    final boolean recordsAttempts() {
        return recordsAttempts;
    }

    /** Return the compiled Output and Assign of the catchers. */
    final CatchProcessing catchers() {
        return catchers;
    }

    /** Link the transitions to their targets. */
    abstract void link(CompiledGraph graph);

    /** Return the state's Retry and Catch; none unless the state type has them. */
    ErrorHandling errorHandling() {
        return ErrorHandling.NONE;
    }

    /** Return the compiled Retry and Catch. */
    final ErrorHandler errorHandler() {
        return errorHandler;
    }

    /**
     * Run the state's work for one entry.
     *
     * @throws dev.orrery.internal.eval.StatesException when the state's processing fails
     */
    abstract StepResult execute(Activation activation, JsonNode input);
}
