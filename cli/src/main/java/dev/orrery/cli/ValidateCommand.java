package dev.orrery.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code orrery validate}: prints every diagnostic of each definition file. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("validate", args, Set.of("format"));
        if (arguments.help()) {
            out.print(Usage.VALIDATE);
            return 0;
        }
        if (arguments.positionals().isEmpty()) {
            throw new UsageException("'validate' needs at least one definition file");
        }
        String format = arguments.format();
        List<String> texts = new ArrayList<>();
        for (String file : arguments.positionals()) {
            texts.add(JsonFiles.text("definition", Path.of(file)));
        }
        boolean allValid = true;
        for (int i = 0; i < texts.size(); i++) {
            String file = arguments.positionals().get(i);
            ParseResult result = AslParser.parse(texts.get(i), file);
            allValid &= result.isValid();
            if (format.equals("json")) {
                out.println(toAwsJson(result));
            } else {
                printText(file, result);
            }
        }
        return allValid ? 0 : 1;
    }

    private void printText(String file, ParseResult result) {
        result.diagnostics().forEach(out::println);
        long errors = result.errors().size();
        out.println(file + ": " + (result.isValid() ? "OK" : errors + " error" + (errors == 1 ? "" : "s"))
                + warnings(result.diagnostics().size() - errors));
    }

    private static String warnings(long count) {
        return count == 0 ? "" : ", " + count + " warning" + (count == 1 ? "" : "s");
    }

    /** Return the result in the shape of AWS's {@code ValidateStateMachineDefinition} response. */
    static ObjectNode toAwsJson(ParseResult result) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("result", result.isValid() ? "OK" : "FAIL");
        ArrayNode diagnostics = json.putArray("diagnostics");
        for (Diagnostic diagnostic : result.diagnostics()) {
            ObjectNode entry = diagnostics.addObject();
            entry.put("severity", diagnostic.severity().name());
            entry.put("code", diagnostic.code());
            entry.put("message", diagnostic.message());
            entry.put("location", diagnostic.location());
        }
        json.put("truncated", false);
        return json;
    }
}
