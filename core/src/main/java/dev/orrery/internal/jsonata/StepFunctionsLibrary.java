package dev.orrery.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.Timestamps;
import dev.orrery.internal.json.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash}, {@code $random},
 * {@code $uuid}, {@code $parse}), {@code $eval} removed as on AWS, and {@code $now}/{@code $millis} on the virtual
 * clock (the state's entered time from the Context object) instead of the wall clock.
 */
final class StepFunctionsLibrary {

    /** The hash algorithms {@code $hash} accepts. */
    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");


    private StepFunctionsLibrary() {}

    /** Bind the functions into a frame for one evaluation with the given context. */
    static void bind(Jsonata.Frame frame, EvaluationContext context) {
        frame.bind("partition", new JFunction((input, args) -> partition(args), null));
        frame.bind("range", new JFunction((input, args) -> range(args), null));
        frame.bind("hash", new JFunction((input, args) -> hash(args), null));
        frame.bind("random", new JFunction((input, args) -> random(args, context), null));
        frame.bind("uuid", new JFunction((input, args) -> uuid(context.random()), null));
        frame.bind("shuffle", new JFunction((input, args) -> shuffle(args.isEmpty() ? null : args.get(0),
                context.random()), null));
        frame.bind("parse", new JFunction((input, args) -> parse(args), null));
        frame.bind("eval", (Object) null);
        frame.bind("millis", new JFunction((input, args) -> now(context).toEpochMilli(), null));
        frame.bind("now", new JFunction((input, args) -> Functions.dateTimeFromMillis(
                now(context).toEpochMilli(), string(args, 0), string(args, 1)), null));
    }

    private static Object partition(List<?> args) {
        List<?> array = list(argument(args, 0, "partition"));
        long size = integer(argument(args, 1, "partition"), "partition");
        if (size <= 0) {
            throw new JsonataFunctionException("The chunk size argument of $partition must be a positive integer");
        }
        List<Object> chunks = new ArrayList<>();
        for (int start = 0; start < array.size(); start += (int) size) {
            chunks.add(new ArrayList<Object>(array.subList(start, (int) Math.min(array.size(), start + size))));
        }
        return chunks;
    }

    private static Object range(List<?> args) {
        long start = integer(argument(args, 0, "range"), "range");
        long end = integer(argument(args, 1, "range"), "range");
        long step = integer(argument(args, 2, "range"), "range");
        if (step == 0) {
            throw new JsonataFunctionException("The step argument of $range must not be 0");
        }
        double count = (step > 0 ? end >= start : end <= start) ? Math.floor(((double) end - start) / step) + 1 : 0;
        EvaluationBounds.requireWithinMemory((long) (8 * count));
        List<Object> sequence = Utils.createSequence();
        for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
            sequence.add(value == (int) value ? (Object) (int) value : (Object) value);
        }
        return sequence;
    }

    private static Object hash(List<?> args) {
        Object data = argument(args, 0, "hash");
        Object algorithm = argument(args, 1, "hash");
        if (!(data instanceof String text)) {
            throw new JsonataFunctionException("The data argument of $hash must be a string");
        }
        if (!(algorithm instanceof String name) || !HASH_ALGORITHMS.contains(name)) {
            throw new JsonataFunctionException("The algorithm argument of $hash must be one of " + HASH_ALGORITHMS);
        }
        try {
            byte[] digest = MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object random(List<?> args, EvaluationContext context) {
        if (args.isEmpty() || args.get(0) == null) {
            return context.random().nextDouble();
        }
        return new SplittableRandom(integer(args.get(0), "random")).nextDouble();
    }

    /**
     * Shuffle as JSONata's {@code $shuffle} does (nothing for nothing, a single value as a one-element array), but
     * drawing from the execution's seeded random source so that runs repeat.
     */
    private static @Nullable Object shuffle(@Nullable Object value, SplittableRandom random) {
        if (value == null) {
            return null;
        }
        List<Object> shuffled = value instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(List.of(value));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return shuffled;
    }

    /** Return a version 4 UUID drawn from the random source (as {@code States.UUID} draws it). */
    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static @Nullable Object parse(List<?> args) {
        Object text = argument(args, 0, "parse");
        if (!(text instanceof String json)) {
            throw new JsonataFunctionException("The argument of $parse must be a string");
        }
        try {
            return JsonataValues.toJsonata(JsonTrees.readTree(json));
        } catch (JsonProcessingException e) {
            throw new JsonataFunctionException("The argument of $parse is not valid JSON: " + json);
        }
    }

    private static Instant now(EvaluationContext context) {
        Instant entered = Timestamps.parse(context.contextObject().path("State").get("EnteredTime"));
        if (entered != null) {
            return entered;
        }
        Instant started = Timestamps.parse(context.contextObject().path("Execution").get("StartTime"));
        return started != null ? started : Instant.EPOCH;
    }

    private static Object argument(List<?> args, int index, String function) {
        Object value = index < args.size() ? args.get(index) : null;
        if (value == null) {
            throw new JsonataFunctionException("Missing argument " + (index + 1) + " of $" + function);
        }
        return value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static long integer(Object value, String function) {
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new JsonataFunctionException("The arguments of $" + function + " must be integers");
        }
        return number.longValue();
    }

    private static @Nullable String string(List<?> args, int index) {
        return index < args.size() && args.get(index) instanceof String text ? text : null;
    }
}
