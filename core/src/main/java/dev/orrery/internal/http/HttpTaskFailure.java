package dev.orrery.internal.http;

/** An HTTP Task call that fails as AWS fails it, with an error name and a cause. */
public final class HttpTaskFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;

    HttpTaskFailure(String error, String cause) {
        super(cause);
        this.error = error;
    }

    /** Return a {@code States.Runtime} failure: the parameters cannot build a request. */
    static HttpTaskFailure runtime(String cause) {
        return new HttpTaskFailure("States.Runtime", cause);
    }

    /** Return the error name, e.g. {@code States.Runtime}. */
    public String error() {
        return error;
    }

    /** Return the cause text. */
    public String cause() {
        return getMessage();
    }
}
