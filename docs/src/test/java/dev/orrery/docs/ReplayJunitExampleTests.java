package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.ReplayHistory;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.replay.ReplayResult;

// tag::junit[]
@StateMachineTest(definition = "replay/order-review-fixed.asl.json")
class ReplayJunitExampleTests {

    @ReplayHistory("replay/histories/incident-1234.json")
    void sends_an_order_without_a_positive_total_for_review(ReplayResult replay) {
        assertThat(replay).divergesAt("Is the order complete?");
        assertThat(replay.execution()).hasVisited("Send for review").neverVisited("Charge payment");
    }

    @ReplayHistory("replay/production")
    void still_does_what_production_did_for_ordinary_orders() {}
}
// end::junit[]
