package dev.orrery.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogLevelTests {

    @ParameterizedTest
    @CsvSource({
        "ExecutionStarted,     true,  false, false, false",
        "ExecutionFailed,      true,  true,  true,  false",
        "ExecutionTimedOut,    true,  true,  true,  false",
        "FailStateEntered,     true,  true,  false, false",
        "TaskTimedOut,         true,  true,  false, false",
        "TaskSucceeded,        true,  false, false, false",
        "MapIterationFailed,   true,  true,  false, false",
        "ParallelStateAborted, true,  true,  false, false",
        "ChoiceStateEntered,   true,  false, false, false"})
    void each_level_logs_the_event_types_the_developer_guide_lists(String type, boolean all, boolean error,
            boolean fatal, boolean off) {
        assertThat(LogLevel.ALL.logs(type)).isEqualTo(all);
        assertThat(LogLevel.ERROR.logs(type)).isEqualTo(error);
        assertThat(LogLevel.FATAL.logs(type)).isEqualTo(fatal);
        assertThat(LogLevel.OFF.logs(type)).isEqualTo(off);
    }
}
