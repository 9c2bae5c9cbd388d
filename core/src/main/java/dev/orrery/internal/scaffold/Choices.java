package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.QueryLanguage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Moves a Choice rule's values from its effective input ({@code InputPath} applied) to its raw input. */
final class Choices {

    private Choices() {}

    static @Nullable Assignment atRawInput(ChoiceState choice, Assignment assignment) {
        if (choice.queryLanguage() == QueryLanguage.JSONATA || "$".equals(choice.io().inputPath())) {
            return assignment;
        }
        DataPath inputPath = DataPath.parse(choice.io().inputPath());
        if (inputPath == null) {
            return null;
        }
        Map<Slot, JsonNode> moved = new LinkedHashMap<>();
        assignment.values().forEach((slot, value) -> moved.put(slot.executionInput() ? slot
                : new Slot(false, slot.path().under(inputPath)), value));
        return new Assignment(moved);
    }
}
