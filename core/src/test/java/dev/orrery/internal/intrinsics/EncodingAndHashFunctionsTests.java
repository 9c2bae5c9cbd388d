package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingAndHashFunctionsTests {

    // Recorded on AWS: test_encode_decode, test_hash_calculations and BASE_ASSIGN_FROM_INTRINSIC_FUNCTION.
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            States.Base64Encode($.v) | ''                 | ''
            States.Base64Encode($.v) | Data to encode     | RGF0YSB0byBlbmNvZGU=
            States.Base64Encode($.v) | Hello World        | SGVsbG8gV29ybGQ=
            States.Base64Decode($.v) | ''                 | ''
            States.Base64Decode($.v) | RGF0YSB0byBlbmNvZGU= | Data to encode
            States.Base64Decode($.v) | SGVsbG8gV29ybGQ=   | Hello World
            """)
    void encodes_and_decodes_base64(String expression, String value, String expected) throws Exception {
        String input = Intrinsics.MAPPER.createObjectNode().put("v", value).toString();
        assertThat(evaluate(expression, input).textValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            input data       | MD5     | 812f45842bc6d66ee14572ce20db8e86
            input data       | SHA-1   | aaff4a450a104cd177d28d18d74485e8cae074b7
            input data       | SHA-256 | b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3
            input data       | SHA-384 | d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562
            input data       | SHA-512 | 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4
            Hash this string | SHA-256 | 1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e
            """)
    void hashes_to_lowercase_hex(String data, String algorithm, String expected) throws Exception {
        String input = Intrinsics.MAPPER.createObjectNode().put("d", data).put("a", algorithm).toString();
        assertThat(evaluate("States.Hash($.d, $.a)", input).textValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            States.Hash('input data', 'MD5')
            """)
    void hashes_literal_arguments(String expression) throws Exception {
        assertThat(evaluate(expression, "{}").textValue()).isEqualTo("812f45842bc6d66ee14572ce20db8e86");
    }
}
