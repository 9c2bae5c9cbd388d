package dev.orrery.internal.intrinsics;

import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import java.util.Map;

/** The 18 intrinsic functions of JSONPath states, by name. */
final class FunctionCatalog {

    /** Creates a function from its parsed arguments. */
    @FunctionalInterface
    interface Factory {
        /** Create the function, checking the literal arguments. */
        StatesFunction create(List<Argument> arguments) throws ExpressionSyntaxException;
    }

    private static final Map<String, Factory> FACTORIES = Map.ofEntries(
            Map.entry(StatesFormat.NAME, StatesFormat::new),
            Map.entry(StatesStringToJson.NAME, StatesStringToJson::new),
            Map.entry(StatesJsonToString.NAME, StatesJsonToString::new),
            Map.entry(StatesArray.NAME, StatesArray::new),
            Map.entry(StatesArrayPartition.NAME, StatesArrayPartition::new),
            Map.entry(StatesArrayContains.NAME, StatesArrayContains::new),
            Map.entry(StatesArrayRange.NAME, StatesArrayRange::new),
            Map.entry(StatesArrayGetItem.NAME, StatesArrayGetItem::new),
            Map.entry(StatesArrayLength.NAME, StatesArrayLength::new),
            Map.entry(StatesArrayUnique.NAME, StatesArrayUnique::new),
            Map.entry(StatesBase64Encode.NAME, StatesBase64Encode::new),
            Map.entry(StatesBase64Decode.NAME, StatesBase64Decode::new),
            Map.entry(StatesHash.NAME, StatesHash::new),
            Map.entry(StatesJsonMerge.NAME, StatesJsonMerge::new),
            Map.entry(StatesMathRandom.NAME, StatesMathRandom::new),
            Map.entry(StatesMathAdd.NAME, StatesMathAdd::new),
            Map.entry(StatesStringSplit.NAME, StatesStringSplit::new),
            Map.entry(StatesUuid.NAME, StatesUuid::new));

    private FunctionCatalog() {}

    /** Return whether a function of this name exists. */
    static boolean contains(String name) {
        return FACTORIES.containsKey(name);
    }

    /**
     * Create the named function.
     *
     * @throws ExpressionSyntaxException when the arguments do not fit the function
     */
    static StatesFunction create(String name, List<Argument> arguments) throws ExpressionSyntaxException {
        Factory factory = FACTORIES.get(name);
        if (factory == null) {
            throw new ExpressionSyntaxException("unknown intrinsic function '" + name + "'", -1);
        }
        return factory.create(arguments);
    }
}
