package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The comparison operators of JSONPath Choice rules, named as in ASL. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ComparisonOperator {
    /** {@code StringEquals}. */
    STRING_EQUALS("StringEquals", Operand.STRING),
    /** {@code StringEqualsPath}. */
    STRING_EQUALS_PATH("StringEqualsPath", Operand.PATH),
    /** {@code StringLessThan}. */
    STRING_LESS_THAN("StringLessThan", Operand.STRING),
    /** {@code StringLessThanPath}. */
    STRING_LESS_THAN_PATH("StringLessThanPath", Operand.PATH),
    /** {@code StringGreaterThan}. */
    STRING_GREATER_THAN("StringGreaterThan", Operand.STRING),
    /** {@code StringGreaterThanPath}. */
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", Operand.PATH),
    /** {@code StringLessThanEquals}. */
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING),
    /** {@code StringLessThanEqualsPath}. */
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Operand.PATH),
    /** {@code StringGreaterThanEquals}. */
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING),
    /** {@code StringGreaterThanEqualsPath}. */
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Operand.PATH),
    /** {@code StringMatches}: {@code *} wildcards, {@code \*} and {@code \\} escapes. */
    STRING_MATCHES("StringMatches", Operand.STRING),
    /** {@code NumericEquals}. */
    NUMERIC_EQUALS("NumericEquals", Operand.NUMBER),
    /** {@code NumericEqualsPath}. */
    NUMERIC_EQUALS_PATH("NumericEqualsPath", Operand.PATH),
    /** {@code NumericLessThan}. */
    NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER),
    /** {@code NumericLessThanPath}. */
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Operand.PATH),
    /** {@code NumericGreaterThan}. */
    NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER),
    /** {@code NumericGreaterThanPath}. */
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Operand.PATH),
    /** {@code NumericLessThanEquals}. */
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER),
    /** {@code NumericLessThanEqualsPath}. */
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Operand.PATH),
    /** {@code NumericGreaterThanEquals}. */
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER),
    /** {@code NumericGreaterThanEqualsPath}. */
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Operand.PATH),
    /** {@code BooleanEquals}. */
    BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN),
    /** {@code BooleanEqualsPath}. */
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Operand.PATH),
    /** {@code TimestampEquals}. */
    TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP),
    /** {@code TimestampEqualsPath}. */
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Operand.PATH),
    /** {@code TimestampLessThan}. */
    TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP),
    /** {@code TimestampLessThanPath}. */
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Operand.PATH),
    /** {@code TimestampGreaterThan}. */
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP),
    /** {@code TimestampGreaterThanPath}. */
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Operand.PATH),
    /** {@code TimestampLessThanEquals}. */
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP),
    /** {@code TimestampLessThanEqualsPath}. */
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Operand.PATH),
    /** {@code TimestampGreaterThanEquals}. */
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP),
    /** {@code TimestampGreaterThanEqualsPath}. */
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Operand.PATH),
    /** {@code IsNull}. */
    IS_NULL("IsNull", Operand.BOOLEAN),
    /** {@code IsPresent}. */
    IS_PRESENT("IsPresent", Operand.BOOLEAN),
    /** {@code IsNumeric}. */
    IS_NUMERIC("IsNumeric", Operand.BOOLEAN),
    /** {@code IsString}. */
    IS_STRING("IsString", Operand.BOOLEAN),
    /** {@code IsBoolean}. */
    IS_BOOLEAN("IsBoolean", Operand.BOOLEAN),
    /** {@code IsTimestamp}. */
    IS_TIMESTAMP("IsTimestamp", Operand.BOOLEAN);

    private final String aslName;
    private final Operand operand;

    ComparisonOperator(String aslName, Operand operand) {
        this.aslName = aslName;
        this.operand = operand;
    }

    /**
     * Return the operator's field name in ASL, e.g. {@code "NumericLessThanPath"}.
     *
     * @return the ASL field name
     */
    public String aslName() {
        return aslName;
    }

    /**
     * Return what the operator's value must be.
     *
     * @return the kind of operand
     */
    public Operand operand() {
        return operand;
    }

    /**
     * Return whether the operand is a path to a value of the input rather than a literal.
     *
     * @return {@code true} for the {@code *Path} operators
     */
    public boolean isPath() {
        return operand == Operand.PATH;
    }

    /**
     * Return the operator with the given ASL field name, or {@code null} when there is none.
     *
     * @param name the ASL field name, never {@code null}
     * @return the operator, or {@code null}
     */
    public static @Nullable ComparisonOperator fromAslName(String name) {
        for (ComparisonOperator operator : values()) {
            if (operator.aslName.equals(name)) {
                return operator;
            }
        }
        return null;
    }

    /** What the value of a comparison operator must be in a definition. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Operand {
        /** A JSON string. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** A JSON boolean. */
        BOOLEAN,
        /** A string holding an RFC 3339 timestamp. */
        TIMESTAMP,
        /** A string holding a path (to the input, {@code $$} context or a variable). */
        PATH
    }
}
