package dev.orrery.internal.template;

/** A template Orrery cannot turn into a definition: the message says what is wrong and what to do instead. */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Create the exception with its message. */
    public TemplateException(String message) {
        super(message, null, false, false);
    }
}
