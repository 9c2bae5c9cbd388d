package peek;

import dev.orrery.internal.parser.AslValidator;

public final class Peek {
    public static final Class<?> INTERNAL = AslValidator.class;
}
