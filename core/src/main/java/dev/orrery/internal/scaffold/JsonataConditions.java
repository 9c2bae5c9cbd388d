package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSONata conditions that compare input fields with literals into the JSONPath condition model:
 * {@code $states.input.a.b} (or {@code $states.context.Execution.Input...}, or a workflow variable {@code $name.a})
 * compared with {@code =}, {@code !=},
 * {@code <}, {@code <=}, {@code >}, {@code >=} to a string, number, boolean or {@code null}; a bare field (true when
 * {@code true}); {@code $exists(field)}; {@code and}, {@code or}, {@code not(...)} and parentheses. Anything else is
 * not read.
 */
final class JsonataConditions {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\$states\\.(?:input|context\\.Execution\\.Input)"
            + "(?:\\.[A-Za-z_]\\w*|\\.`[^`]*`|\\[\\d{1,6}\\])*|'[^']*'|\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|!=|<=|>=|[=<>()]"
            + "|\\$exists(?=\\s*\\()|\\$not(?=\\s*\\()"
            + "|\\$(?!states\\b)[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*|\\.`[^`]*`|\\[\\d{1,6}\\])*"
            + "|not|and|or|true|false|null)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> tokens;
    private int at;

    private JsonataConditions(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Return the condition in the comparison model: itself unless JSONata, else its reading or {@code null}. */
    static @Nullable Condition readable(Condition condition) {
        if (!(condition instanceof Condition.Jsonata jsonata)) {
            return condition;
        }
        JsonNode written = jsonata.expression();
        String text = written.asText().strip();
        if (!written.isTextual() || !text.startsWith("{%") || !text.endsWith("%}")) {
            return null;
        }
        List<String> tokens = tokenize(text.substring(2, text.length() - 2).strip());
        if (tokens == null) {
            return null;
        }
        JsonataConditions parser = new JsonataConditions(tokens);
        Condition read = parser.or();
        return read != null && parser.at == tokens.size() ? read : null;
    }

    private static @Nullable List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                return text.substring(at).isBlank() ? tokens : null;
            }
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        return tokens;
    }

    private @Nullable Condition or() {
        List<Condition> parts = new ArrayList<>();
        Condition first = and();
        if (first == null) {
            return null;
        }
        parts.add(first);
        while (accept("or")) {
            Condition next = and();
            if (next == null) {
                return null;
            }
            parts.add(next);
        }
        return parts.size() == 1 ? first : new Condition.Or(parts);
    }

    private @Nullable Condition and() {
        List<Condition> parts = new ArrayList<>();
        Condition first = unary();
        if (first == null) {
            return null;
        }
        parts.add(first);
        while (accept("and")) {
            Condition next = unary();
            if (next == null) {
                return null;
            }
            parts.add(next);
        }
        return parts.size() == 1 ? first : new Condition.And(parts);
    }

    private @Nullable Condition unary() {
        if (accept("not") || accept("$not")) {
            Condition inner = parenthesised();
            return inner == null ? null : new Condition.Not(inner);
        }
        if (accept("$exists")) {
            if (!accept("(") || !isField(peek())) {
                return null;
            }
            String field = variable(tokens.get(at++));
            return accept(")") ? new Condition.Comparison(field, ComparisonOperator.IS_PRESENT,
                    NODES.booleanNode(true)) : null;
        }
        if ("(".equals(peek())) {
            return parenthesised();
        }
        return comparison();
    }

    private @Nullable Condition parenthesised() {
        if (!accept("(")) {
            return null;
        }
        Condition inner = or();
        return inner != null && accept(")") ? inner : null;
    }

    private @Nullable Condition comparison() {
        String left = next();
        if (!isField(left)) {
            return null;
        }
        String operator = peek();
        if (operator == null || !List.of("=", "!=", "<", "<=", ">", ">=").contains(operator)) {
            return new Condition.Comparison(variable(left), ComparisonOperator.BOOLEAN_EQUALS,
                    NODES.booleanNode(true));
        }
        at++;
        JsonNode literal = literal(next());
        return literal == null ? null : Comparisons.of(variable(left), operator, literal);
    }

    private static @Nullable JsonNode literal(@Nullable String token) {
        if (token == null) {
            return null;
        }
        if (token.startsWith("'") || token.startsWith("\"")) {
            return NODES.textNode(token.substring(1, token.length() - 1));
        }
        return switch (token) {
            case "true", "false" -> NODES.booleanNode(Boolean.parseBoolean(token));
            case "null" -> NODES.nullNode();
            default -> Character.isDigit(token.charAt(token.length() - 1))
                    ? Values.number(new BigDecimal(token)) : null;
        };
    }

    private static boolean isField(@Nullable String token) {
        return token != null && token.startsWith("$") && !token.equals("$exists") && !token.equals("$not");
    }

    /** Return the JSONPath a {@code $states} field names. */
    private static String variable(String field) {
        if (!field.startsWith("$states.")) {
            int end = field.length();
            for (int i = 1; i < field.length(); i++) {
                if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            DataPath path = DataPath.parseJsonata(field.substring(end));
            return field.substring(0, end) + (path == null ? field.substring(end) : path.toString().substring(1));
        }
        String input = "$states.input";
        String rest = field.startsWith(input) ? field.substring(input.length())
                : field.substring("$states.context.Execution.Input".length());
        DataPath path = DataPath.parseJsonata(rest);
        String written = path == null ? "$" + rest : path.toString();
        return field.startsWith(input) ? written : "$$.Execution.Input" + written.substring(1);
    }

    private @Nullable String peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private @Nullable String next() {
        return at < tokens.size() ? tokens.get(at++) : null;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            at++;
            return true;
        }
        return false;
    }
}
