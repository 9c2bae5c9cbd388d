package dev.orrery.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Arguments arguments = Arguments.parse("validate", args, Set.of("format", "template", "state-machine",
                "substitution"));
        if (arguments.help()) {
            out.print(Usage.VALIDATE);
            return 0;
        }
        String template = arguments.option("template");
        if (arguments.positionals().isEmpty() && template == null) {
            throw new UsageException("'validate' needs at least one definition file or --template FILE");
        }
        if (arguments.option("state-machine") != null && template == null) {
            throw new UsageException("--state-machine needs --template FILE");
        }
        String format = arguments.format();
        Map<String, String> substitutions = DefinitionOptions.substitutions(arguments);
        boolean allValid = true;
        boolean allRead = true;
        List<String> files = new ArrayList<>(arguments.positionals());
        if (template != null) {
            files.add(0, template);
        }
        for (String file : files) {
            boolean isTemplate = file.equals(template) && files.indexOf(file) == 0;
            try {
                List<DefinitionOptions.Named> definitions = DefinitionOptions.of(Path.of(file),
                        isTemplate ? arguments.option("state-machine") : null, substitutions, isTemplate);
                if (definitions.isEmpty()) {
                    err.println("orrery: " + file + " has no state machine (AWS::StepFunctions::StateMachine or"
                            + " AWS::Serverless::StateMachine) to validate");
                }
                for (DefinitionOptions.Named named : definitions) {
                    ParseResult result = named.parse();
                    allValid &= result.isValid();
                    print(format, named.label(), result);
                }
            } catch (UsageException e) {
                err.println("orrery: " + e.getMessage());
                allRead = false;
            }
        }
        return !allRead ? 2 : allValid ? 0 : 1;
    }

    private void print(String format, String label, ParseResult result) {
        if (format.equals("json")) {
            out.println(toAwsJson(label, result));
        } else {
            printText(label, result);
        }
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

    /**
     * Return the result in the shape of AWS's {@code ValidateStateMachineDefinition} response, with the file it is
     * about ({@code template.yaml#OrderFlow} for a template's state machine).
     */
    static ObjectNode toAwsJson(String file, ParseResult result) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("file", file);
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
