package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The query language of a state machine or state: {@code JSONPath} (the default) or {@code JSONata}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QueryLanguage {
    /** {@code "JSONPath"}: InputPath, Parameters, ResultSelector, ResultPath and OutputPath. */
    JSON_PATH("JSONPath"),
    /** {@code "JSONata"}: Arguments, Output and {@code {% ... %}} expressions. */
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /**
     * Return the name as written in ASL, e.g. {@code "JSONPath"}.
     *
     * @return the ASL name
     */
    public String aslName() {
        return aslName;
    }

    /**
     * Return the language with the given ASL name, or {@code null} when there is none.
     *
     * @param name the ASL name, {@code "JSONPath"} or {@code "JSONata"}, never {@code null}
     * @return the language, or {@code null}
     */
    public static @Nullable QueryLanguage fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return language;
            }
        }
        return null;
    }
}
