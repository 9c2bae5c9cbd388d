package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AslParserFilesTests {

    private static final String VALID = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";

    @TempDir
    Path dir;

    @Test
    void reads_a_file_that_starts_with_a_utf8_byte_order_mark() throws IOException {
        Path file = dir.resolve("bom.asl.json");
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);

        assertThat(AslParser.parse(file).isValid()).isTrue();
    }

    @Test
    void reports_a_byte_order_mark_in_definition_text_with_a_hint() {
        ParseResult result = AslParser.parse("\uFEFF" + VALID, "t.json");

        assertThat(result.errors()).singleElement().hasToString("t.json:1:1 (/): the definition is not valid JSON: "
                + "it starts with a byte order mark (U+FEFF); remove it (files read by Orrery may start with one)");
    }

    @Test
    void reports_bytes_that_are_not_utf8_with_their_offset_and_position() throws IOException {
        Path file = dir.resolve("latin1.asl.json");
        Files.write(file, "{\n  \"Comment\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(AslParser.parse(file).errors()).singleElement().hasToString(file + ":2:18 (/): the definition is "
                + "not valid UTF-8: the byte at offset 19 does not start or continue a UTF-8 character; save the file "
                + "as UTF-8");
    }

    @Test
    void reports_data_nested_too_deeply_where_it_is_in_orrery_words() {
        String text = "{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": " + "[".repeat(1200)
                + "]".repeat(1200) + ", \"End\": true}}}";

        Diagnostic error = AslParser.parse(text, "t.json").errors().get(0);

        assertThat(error.message()).isEqualTo("the definition is not valid JSON: the JSON is nested more than 1000 "
                + "levels deep, which exceeds Orrery's nesting limit for JSON data");
        assertThat(error.toString()).startsWith("t.json:2:");
        assertThat(error.message()).doesNotContain("StreamReadConstraints");
    }
}
