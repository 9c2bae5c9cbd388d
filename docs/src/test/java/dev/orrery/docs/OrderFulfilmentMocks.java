package dev.orrery.docs;

import dev.orrery.junit.MockTask;

/** The base class of the mock precedence example of docs/guides/junit-extension.md. */
// tag::base[]
@MockTask(state = "Validate order", returnsFile = "order-fulfilment/valid.json")
@MockTask(state = "Reserve stock", returnsFile = "order-fulfilment/reserved.json")
@MockTask(state = "Charge payment", returnsFile = "order-fulfilment/declined.json")
abstract class OrderFulfilmentMocks {}
// end::base[]
