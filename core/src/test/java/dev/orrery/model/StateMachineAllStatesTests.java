package dev.orrery.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.parse.AslParser;
import org.junit.jupiter.api.Test;

class StateMachineAllStatesTests {

    @Test
    void lists_every_state_with_those_of_its_branches_and_item_processors_in_definition_order() {
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Both", "States": {
                  "Both": {"Type": "Parallel", "Next": "Each", "Branches": [
                    {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}]},
                  "Each": {"Type": "Map", "End": true,
                    "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}}}}}""")
                .orThrow();

        assertThat(machine.allStates()).extracting(State::name).containsExactly("Both", "Left", "Right", "Each", "Work");
    }
}
