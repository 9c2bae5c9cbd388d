package dev.orrery.internal.jsonpath;

/**
 * Recognises plain paths: {@code $} followed by steps {@code .name} or {@code ['name']} whose name is an identifier
 * ({@code [A-Za-z_][A-Za-z0-9_]*}) and {@code [index]} with a non-negative index of up to nine digits. Jayway
 * json-path compiles every such path, and every one is definite; the tests {@code FastPathAgreesWithJaywayTests} and
 * {@code PlainPathTests} hold the fast evaluators and this form to Jayway's reading.
 */
final class PlainPath {

    private static final int MAX_INDEX_DIGITS = 9;

    private PlainPath() {}

    /** Return whether the path (starting with {@code $}) is plain. */
    static boolean matches(String path) {
        if (path.isEmpty() || path.charAt(0) != '$') {
            return false;
        }
        int position = 1;
        while (position < path.length()) {
            int next = path.charAt(position) == '.' ? identifierEnd(path, position + 1) : bracketEnd(path, position);
            if (next < 0) {
                return false;
            }
            position = next;
        }
        return true;
    }

    /** Return where the identifier starting at {@code start} ends, or -1 when none starts there. */
    private static int identifierEnd(String path, int start) {
        if (start >= path.length() || !isIdentifierStart(path.charAt(start))) {
            return -1;
        }
        int end = start + 1;
        while (end < path.length() && isIdentifierPart(path.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Return the position after {@code ['name']} or {@code [index]} at {@code start}, or -1. */
    private static int bracketEnd(String path, int start) {
        if (path.charAt(start) != '[' || start + 1 >= path.length()) {
            return -1;
        }
        if (path.charAt(start + 1) == '\'') {
            int end = identifierEnd(path, start + 2);
            return end > 0 && path.startsWith("']", end) ? end + 2 : -1;
        }
        int end = start + 1;
        while (end < path.length() && isDigit(path.charAt(end))) {
            end++;
        }
        int digits = end - start - 1;
        return digits > 0 && digits <= MAX_INDEX_DIGITS && end < path.length() && path.charAt(end) == ']'
                ? end + 1 : -1;
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
