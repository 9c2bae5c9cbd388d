package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.Hash(data, algorithm)}: the lowercase hex digest of the UTF-8 bytes of a string. */
final class StatesHash extends StatesFunction {

    static final String NAME = "States.Hash";

    /** The algorithm names Step Functions accepts, spelled as Java's MessageDigest spells them too. */
    static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    StatesHash(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.STRING, ArgType.STRING), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode data = values.get(0);
        if (data != null) {
            InputLimits.check(NAME, data.textValue());
        }
        JsonNode algorithm = values.get(1);
        if (algorithm != null && !ALGORITHMS.contains(algorithm.textValue())) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the hash algorithm must be one of "
                    + String.join(", ", ALGORITHMS) + " but was " + algorithm));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        try {
            MessageDigest digest = MessageDigest.getInstance(values.get(1).textValue());
            byte[] hash = digest.digest(values.get(0).textValue().getBytes(StandardCharsets.UTF_8));
            return JsonNodeFactory.instance.textNode(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks a required digest", e);
        }
    }
}
