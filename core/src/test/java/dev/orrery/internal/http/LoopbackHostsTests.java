package dev.orrery.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackHostsTests {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.254", "[::1]", "::1",
        "[0:0:0:0:0:0:0:1]"})
    void accepts_loopback_hosts(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.example.com", "localhost.example.com", "128.0.0.1", "127.0.0.256", "10.0.0.1",
        "0.0.0.0", "[::2]", "127.0.0.1.nip.io"})
    void refuses_every_other_host(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isFalse();
    }
}
