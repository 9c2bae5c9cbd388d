package dev.orrery.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A parser that reports a decimal number as a {@code BigDecimal} exactly when a {@code double} would change its value,
 * so that the tree holds {@code 1e400} (not {@code Infinity}), {@code 1e-400} (not {@code 0.0}) and
 * {@code 0.12345678901234567890123} (not rounded) as written, and every other decimal number, {@code -0.0} included,
 * as the {@code double} node Jackson always built. Integers beyond {@code long} are {@code BigInteger} nodes anyway.
 */
final class ExactNumberParser extends JsonParserDelegate {

    ExactNumberParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public NumberType getNumberType() throws IOException {
        NumberType type = delegate.getNumberType();
        boolean approximate = type == NumberType.DOUBLE || type == NumberType.FLOAT;
        return approximate && delegate.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && changedByDouble()
                ? NumberType.BIG_DECIMAL : type;
    }

    @Override
    public NumberTypeFP getNumberTypeFP() throws IOException {
        NumberTypeFP type = delegate.getNumberTypeFP();
        return type != NumberTypeFP.BIG_DECIMAL && delegate.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                && changedByDouble() ? NumberTypeFP.BIG_DECIMAL : type;
    }

    /**
     * Return the number exactly; a number whose exponent is beyond what a {@code BigDecimal} holds (beyond about
     * ten to the power of two billion) is refused where it stands, as no JSON tool could keep its value.
     */
    @Override
    public BigDecimal getDecimalValue() throws IOException {
        try {
            return delegate.getDecimalValue();
        } catch (NumberFormatException e) {
            // Orrery's wording: the number is outside any range a program could hold, exactly or approximately
            throw new JsonParseException(this, "the number " + delegate.getText() + " is out of range: its exponent "
                    + "is too large to hold", delegate.currentTokenLocation());
        }
    }

    private boolean changedByDouble() throws IOException {
        double approximation = delegate.getDoubleValue();
        if (!Double.isFinite(approximation)) {
            return true;
        }
        BigDecimal written = getDecimalValue();
        return new BigDecimal(Double.toString(approximation)).compareTo(written) != 0;
    }
}
