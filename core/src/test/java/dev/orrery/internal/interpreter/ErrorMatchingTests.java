package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMatchingTests {

    @ParameterizedTest(name = "{0} matches {1} (heartbeat {2}): {3}")
    @CsvSource({
        "States.ALL, States.Runtime, false, false",
        "States.TaskFailed, States.Runtime, false, false",
        "States.Runtime, States.Runtime, false, true",
        "States.ALL, States.Timeout, true, true",
        "States.Timeout, States.Timeout, true, true",
        "States.HeartbeatTimeout, States.Timeout, true, true",
        "States.HeartbeatTimeout, States.Timeout, false, false",
        "States.TaskFailed, States.Timeout, true, false",
        "States.TaskFailed, States.ResultPathMatchFailure, false, true",
        "States.ALL, States.DataLimitExceeded, false, true",
        "States.DataLimitExceeded, States.DataLimitExceeded, false, true",
        "Lambda.ServiceException, Lambda.ServiceException, false, true",
        "Lambda.ServiceException, Lambda.SdkClientException, false, false"
    })
    void matches_error_names_as_aws_does(String errorEquals, String error, boolean heartbeat, boolean matches) {
        assertThat(ErrorHandler.matches(List.of(errorEquals), error, heartbeat)).isEqualTo(matches);
    }
}
