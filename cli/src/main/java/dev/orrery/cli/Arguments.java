package dev.orrery.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options and positional arguments of one command: {@code --name value}, {@code --name=value} and flags.
 *
 * @param command the command name, for messages
 * @param options option names (without {@code --}) to values
 * @param positionals the other arguments, in order
 * @param repeated the values of the options that may be given several times ({@code --substitution}), in order
 */
record Arguments(String command, Map<String, String> options, List<String> positionals,
        Map<String, List<String>> repeated) {

    /** The options that may be given more than once. */
    static final Set<String> REPEATABLE = Set.of("substitution", "history", "connection", "http-route");

    /** The options that take no value (given means true), where a command accepts them. */
    static final Set<String> FLAGS = Set.of("reveal-secrets", "no-reveal-secrets");

    Arguments {
        options = Map.copyOf(options);
        positionals = List.copyOf(positionals);
        repeated = Map.copyOf(repeated);
    }

    /**
     * Parse the arguments of a command that takes the given options, each with a value; {@code --help} is a flag.
     *
     * @throws UsageException for an unknown option, a missing value or a repeated option
     */
    static Arguments parse(String command, List<String> args, Set<String> valued) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("help", "true");
            } else if (arg.startsWith("--") && arg.length() > 2) {
                int equals = arg.indexOf('=');
                String name = arg.substring(2, equals < 0 ? arg.length() : equals);
                if (!valued.contains(name)) {
                    throw new UsageException("unknown option --" + name + " for '" + command + "'");
                }
                if (FLAGS.contains(name)) {
                    if (equals >= 0) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    options.put(name, "true");
                    continue;
                }
                if (equals < 0 && i + 1 >= args.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                String value = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
                if (REPEATABLE.contains(name)) {
                    repeated.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                } else if (options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given more than once");
                }
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(command, options, positionals, repeated);
    }

    /** Return every value of a repeatable option, in order; empty when it is not given. */
    List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    boolean help() {
        return options.containsKey("help");
    }

    @Nullable String option(String name) {
        return options.get(name);
    }

    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("'" + command + "' needs --" + name);
        }
        return value;
    }

    /** Return the value of {@code --format}: {@code text} (the default) or {@code json}. */
    String format() throws UsageException {
        String format = options.getOrDefault("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json but was '" + format + "'");
        }
        return format;
    }
}
