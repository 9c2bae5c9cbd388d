package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.history.VisitLog;
import dev.orrery.run.StateVisit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the finished visits of one state are kept as rows of the execution's {@link VisitLog} (one object per
 * compiled state, shared by all its rows): a visit without retries, error, catcher or attempts, whose data flow
 * stages are each absent, its input, its output or one value of its own, takes no object of its own (a
 * {@link FinishedVisit} took 80 bytes), and its {@link StateVisit} is made, equal to the one the
 * {@code FinishedVisit} made, when it is read.
 *
 * <p>The row's {@code stages} hold three bits per data flow stage, in the order after InputPath, after Parameters
 * (or Arguments), result, after ResultSelector, after ResultPath: {@link #ABSENT}, {@link #INPUT}, {@link #OUTPUT}
 * or {@link #EXTRA} (the row's extra value).
 */
final class VisitRow implements VisitLog.RowState {

    private static final int ABSENT = 0;
    private static final int INPUT = 1;
    private static final int OUTPUT = 2;
    private static final int EXTRA = 3;
    // a stage that fits no code (a second value of its own): the visit is kept as a FinishedVisit
    private static final int NONE = 4;
    private static final int STAGES = 5;
    private static final int BITS = 3;
    private static final int ANY_NONE = 0b100_100_100_100_100;

    private final CompiledState state;

    VisitRow(CompiledState state) {
        this.state = state;
    }

    @Override
    public String stateName() {
        return state.name();
    }

    /** Return the first of the stages that is neither the input nor the output: the row's extra value. */
    static @Nullable JsonNode extra(JsonNode input, @Nullable JsonNode output, @Nullable JsonNode afterInputPath,
            @Nullable JsonNode afterParameters, @Nullable JsonNode result, @Nullable JsonNode afterResultSelector,
            @Nullable JsonNode afterResultPath) {
        JsonNode extra = ownValue(afterInputPath, input, output);
        extra = extra != null ? extra : ownValue(afterParameters, input, output);
        extra = extra != null ? extra : ownValue(result, input, output);
        extra = extra != null ? extra : ownValue(afterResultSelector, input, output);
        return extra != null ? extra : ownValue(afterResultPath, input, output);
    }

    private static @Nullable JsonNode ownValue(@Nullable JsonNode stage, JsonNode input, @Nullable JsonNode output) {
        return stage == input || stage == output ? null : stage;
    }

    /**
     * Return the codes of the five data flow stages, or -1 when one is a value of its own other than the extra one
     * (the visit then takes no row).
     */
    static int stages(JsonNode input, @Nullable JsonNode output, @Nullable JsonNode extra,
            @Nullable JsonNode afterInputPath, @Nullable JsonNode afterParameters, @Nullable JsonNode result,
            @Nullable JsonNode afterResultSelector, @Nullable JsonNode afterResultPath) {
        int codes = code(afterInputPath, input, output, extra)
                | code(afterParameters, input, output, extra) << BITS
                | code(result, input, output, extra) << (2 * BITS)
                | code(afterResultSelector, input, output, extra) << (3 * BITS)
                | code(afterResultPath, input, output, extra) << (4 * BITS);
        return (codes & ANY_NONE) == 0 ? codes : -1;
    }

    private static int code(@Nullable JsonNode stage, JsonNode input, @Nullable JsonNode output,
            @Nullable JsonNode extra) {
        if (stage == null) {
            return ABSENT;
        }
        if (stage == input) {
            return INPUT;
        }
        if (stage == output) {
            return OUTPUT;
        }
        return stage == extra ? EXTRA : NONE;
    }

    @Override
    public StateVisit visit(VisitLog.Row row) {
        JsonNode[] stages = new JsonNode[STAGES];
        for (int s = 0; s < STAGES; s++) {
            int code = (row.stages() >>> (BITS * s)) & 7;
            stages[s] = switch (code) {
                case INPUT -> row.input();
                case OUTPUT -> row.output();
                case EXTRA -> row.extra();
                default -> null;
            };
        }
        return new StateVisit(state.name(), state.type(), row.input(), row.output(), row.entered(), row.exited(), 0,
                null, row.variables(), new StateVisit.Origin(row.enteredEventId(), row.parentEnteredEventId(),
                        row.branchIndex()), -1,
                FinishedVisit.dataFlow(state, stages[0], stages[1], stages[2], stages[3], stages[4]), List.of(),
                row.matchedChoiceRule());
    }
}
