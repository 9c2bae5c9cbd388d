/**
 * The service-integration SPI: how a Task state's call is answered (by mocks, Java handlers or test code).
 */
@NullMarked
package dev.orrery.spi;

import org.jspecify.annotations.NullMarked;
