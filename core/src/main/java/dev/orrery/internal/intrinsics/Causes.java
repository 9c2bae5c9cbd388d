package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cause texts of failed intrinsic calls, in one place.
 *
 * <p>No recording of a {@code States.IntrinsicFailure} cause exists in the AWS corpora Orrery checks against, so
 * these texts follow the developer guide's input-validation rules; correct them here when a recording shows AWS's
 * wording.
 */
final class Causes {

    private Causes() {}

    static String pathNotFound(String path) {
        return "The JSONPath '" + path + "' specified as an intrinsic function argument could not be found in the input";
    }

    static String wrongCount(String function, Signature signature, int actual) {
        return "Invalid arguments in " + function + ": expected " + signature.countText() + " argument(s) but got "
                + actual;
    }

    static String wrongType(String function, int index, ArgType type, JsonNode value) {
        return invalid(function, "argument " + (index + 1) + " must be " + type.description() + " but was "
                + value.toString());
    }

    static String invalid(String function, String detail) {
        return "Invalid arguments in " + function + ": " + detail;
    }
}
