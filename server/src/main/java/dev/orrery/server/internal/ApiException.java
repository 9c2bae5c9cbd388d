package dev.orrery.server.internal;

/**
 * An error answer of the Step Functions API: AWS's error code ({@code __type}) and message, sent with HTTP 400.
 *
 * <p>The message forms {@code Invalid Arn: '...'}, {@code State Machine Does Not Exist: '...'}, {@code Execution Does
 * Not Exist: '...'}, {@code Activity Does Not Exist: '...'}, {@code Invalid Name: '...'}, {@code Invalid Token:
 * 'Invalid token'}, {@code State Machine Already Exists: '...'} and the type-not-supported text are recorded on AWS.
 * {@code Execution Already Exists: '...'}, {@code Invalid Output: '...'} and {@code Task Timed Out: 'Provided task
 * does not exist anymore'} follow the same form without a recording to confirm them; messages starting with
 * {@code Orrery:} are Orrery's own.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Create the error.
     *
     * @param code AWS's error code, e.g. {@code StateMachineDoesNotExist}
     * @param message the message, word for word as AWS sends it where known
     */
    public ApiException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** Return AWS's error code. */
    public String code() {
        return code;
    }

    static ApiException invalidArn(String reason) {
        return new ApiException("InvalidArn", "Invalid Arn: '" + reason + "'");
    }

    static ApiException stateMachineDoesNotExist(String arn) {
        return new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    static ApiException executionDoesNotExist(String arn) {
        return new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    static ApiException activityDoesNotExist(String arn) {
        return new ApiException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }

    static ApiException invalidName(String name) {
        return new ApiException("InvalidName", "Invalid Name: '" + name + "'");
    }

    static ApiException invalidToken() {
        return new ApiException("InvalidToken", "Invalid Token: 'Invalid token'");
    }

    static ApiException typeNotSupported() {
        return new ApiException("StateMachineTypeNotSupported",
                "This operation is not supported by this type of state machine");
    }
}
