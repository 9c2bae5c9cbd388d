/** The endpoint's internals: protocol, request validation against the service model, resources and executions. */
@NullMarked
package dev.orrery.server.internal;

import org.jspecify.annotations.NullMarked;
