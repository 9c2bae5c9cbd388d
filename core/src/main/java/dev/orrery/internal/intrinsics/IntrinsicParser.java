package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonpath.CompiledPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written recursive-descent parser of one intrinsic call: {@code States.Name(arg, ...)} whose arguments are
 * string literals in single quotes, numbers, {@code true}, {@code false}, {@code null}, paths and nested calls.
 */
final class IntrinsicParser {

    /** How deep calls may nest, the outermost call included (the developer guide allows 10). */
    static final int MAX_NESTING = 10;

    private static final String PREFIX = "States.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /**
     * Parse the whole text as one call.
     *
     * @throws ExpressionSyntaxException saying what was expected at which offset
     */
    static StatesFunction parse(String text) throws ExpressionSyntaxException {
        IntrinsicParser parser = new IntrinsicParser(text);
        parser.skipSpaces();
        StatesFunction function = parser.call(1);
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.expected("the end of the intrinsic function call");
        }
        return function;
    }

    private StatesFunction call(int depth) throws ExpressionSyntaxException {
        int start = pos;
        if (depth > MAX_NESTING) {
            throw new ExpressionSyntaxException(
                    "intrinsic functions nest at most " + MAX_NESTING + " deep, at offset " + start, start);
        }
        if (!text.startsWith(PREFIX, pos)) {
            throw expected("an intrinsic function name starting with 'States.'");
        }
        pos += PREFIX.length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (!FunctionCatalog.contains(name)) {
            throw new ExpressionSyntaxException("unknown intrinsic function '" + name + "' at offset " + start, start);
        }
        skipSpaces();
        consume('(');
        List<Argument> arguments = arguments(depth);
        try {
            return FunctionCatalog.create(name, arguments);
        } catch (ExpressionSyntaxException e) {
            throw new ExpressionSyntaxException(e.getMessage() + " (call at offset " + start + ")", start);
        }
    }

    private List<Argument> arguments(int depth) throws ExpressionSyntaxException {
        List<Argument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
            return arguments;
        }
        while (true) {
            skipSpaces();
            arguments.add(argument(depth));
            skipSpaces();
            if (peek() == ')') {
                pos++;
                return arguments;
            }
            consume(',');
        }
    }

    private Argument argument(int depth) throws ExpressionSyntaxException {
        char c = peek();
        if (c == '\'') {
            return StringLiterals.read(this);
        }
        if (c == '$') {
            return path();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (text.startsWith(PREFIX, pos)) {
            return new CallArgument(call(depth + 1));
        }
        for (String keyword : List.of("true", "false", "null")) {
            if (text.startsWith(keyword, pos) && !isWordChar(pos + keyword.length())) {
                pos += keyword.length();
                JsonNode value = switch (keyword) {
                    case "true" -> NODES.booleanNode(true);
                    case "false" -> NODES.booleanNode(false);
                    default -> NODES.nullNode();
                };
                return new LiteralArgument(value, null);
            }
        }
        throw expected("an argument (a 'string', a number, true, false, null, a path or an intrinsic function)");
    }

    private Argument path() throws ExpressionSyntaxException {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                break;
            }
            pos++;
        }
        String pathText = text.substring(start, pos);
        try {
            return new PathArgument(CompiledPath.compile(pathText));
        } catch (ExpressionSyntaxException e) {
            throw new ExpressionSyntaxException(e.getMessage() + " at offset " + start, start);
        }
    }

    private Argument number() throws ExpressionSyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || "+-.eE".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (digits == pos || !number.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            pos = start;
            throw expected("a number");
        }
        try {
            return new LiteralArgument(NumberLiterals.parse(number), null);
        } catch (NumberFormatException e) {
            // An exponent beyond what a number can carry, e.g. 1E99999999999 (Orrery's wording).
            throw new ExpressionSyntaxException("the number " + number + " at offset " + start + " is out of range",
                    start);
        }
    }

    /** Return the text being parsed. */
    String text() {
        return text;
    }

    /** Return the current offset. */
    int position() {
        return pos;
    }

    /** Move to the given offset. */
    void moveTo(int offset) {
        pos = offset;
    }

    /** Return the character at the current offset, or {@code 0} at the end. */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    /** Return an exception saying what was expected at the current offset and what was found. */
    ExpressionSyntaxException expected(String what) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the text";
        return new ExpressionSyntaxException("expected " + what + " at offset " + pos + " but found " + found, pos);
    }

    private void consume(char c) throws ExpressionSyntaxException {
        if (peek() != c) {
            throw expected("'" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean isWordChar(int offset) {
        return offset < text.length() && Character.isLetterOrDigit(text.charAt(offset));
    }
}
