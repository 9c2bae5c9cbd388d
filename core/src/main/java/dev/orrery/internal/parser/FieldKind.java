package dev.orrery.internal.parser;

/** What the value of an ASL field must be. */
enum FieldKind {
    /** A JSON string. */
    STRING,
    /** A JSON boolean. */
    BOOLEAN,
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** Any JSON value, taken literally. */
    ANY,
    /** A JSONPath Path, or {@code null} (InputPath, OutputPath). */
    NULLABLE_PATH,
    /** A reference path into the state input, or {@code null} (ResultPath). */
    NULLABLE_REFERENCE_PATH,
    /** A reference path (SecondsPath, ItemsPath, TimeoutSecondsPath...). */
    REFERENCE_PATH,
    /** A path or an intrinsic function call (ErrorPath, CausePath). */
    PATH_OR_INTRINSIC,
    /** A JSONPath payload template: keys ending in {@code .$} hold paths (Parameters, ResultSelector...). */
    TEMPLATE,
    /** Any JSON value whose strings may be JSONata expressions (Arguments, Output, Assign, Items...). */
    EXPRESSION,
    /** An integer, or in JSONata a JSONata expression string. */
    INTEGER,
    /** A number, or in JSONata a JSONata expression string. */
    NUMBER,
    /** An RFC 3339 timestamp string, or in JSONata a JSONata expression string. */
    TIMESTAMP,
    /** A string that is a JSONata expression or a literal (Error, Cause). */
    STRING_OR_EXPRESSION
}
