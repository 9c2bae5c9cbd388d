package dev.orrery.server.internal;

import java.util.Set;

/**
 * Step Functions ARNs: {@code arn:<partition>:states:<region>:<account>:<type>:<name>[:<qualifier>...]}.
 *
 * @param region the region
 * @param account the account id
 * @param type the resource type: {@code stateMachine}, {@code execution}, {@code express}, {@code activity}
 * @param resource what follows the type, e.g. {@code name} or {@code machine:execution}
 */
record Arns(String region, String account, String type, String resource) {

    /** The resource type of a state machine, its versions and its aliases. */
    static final Set<String> STATE_MACHINE = Set.of("stateMachine");
    /** The resource type of a Standard execution. */
    static final Set<String> EXECUTION = Set.of("execution");
    /** The resource type of an activity. */
    static final Set<String> ACTIVITY = Set.of("activity");

    /**
     * Parse an ARN whose resource type is one of the given ones.
     *
     * @throws ApiException {@code InvalidArn} with AWS's reasons: {@code Invalid ARN prefix: <arn>} and
     *     {@code Resource type not valid in this context: <type>}
     */
    static Arns parse(String arn, Set<String> types) {
        String[] parts = arn.split(":", 7);
        if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states") || parts[1].isEmpty()) {
            throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
        }
        if (!types.contains(parts[5])) {
            throw ApiException.invalidArn("Resource type not valid in this context: " + parts[5]);
        }
        if (parts[6].isEmpty()) {
            throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
        }
        return new Arns(parts[3], parts[4], parts[5], parts[6]);
    }

    static String stateMachine(String region, String account, String name) {
        return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
    }

    static String activity(String region, String account, String name) {
        return "arn:aws:states:" + region + ":" + account + ":activity:" + name;
    }

    /** Return whether the name is one AWS accepts for a state machine, execution or activity (length aside). */
    static boolean validName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F) || "<>{}[]?*\"#%\\^|~`$&,;:/"
                    .indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
