package dev.orrery.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.jspecify.annotations.Nullable;

/**
 * Reads a test file ({@code *.orrery.yaml} or {@code *.orrery.json}) and checks its shape, reporting every problem at
 * once with its position ({@code file:line:col: what was expected}).
 */
final class TestFileReader {

    private static final Set<String> FILE_KEYS =
            Set.of("definition", "template", "stateMachine", "substitutions", "stateMachineName", "mockConfig",
                    "mockConfigStateMachine", "mocks", "cases");
    private static final Set<String> CASE_KEYS = Set.of("input", "inputFile", "mocks", "callbacks", "expect", "tags");

    private TestFileReader() {}

    /** Read the text of the file found at the location. */
    static TestFile read(String text, TestFileLocation location) {
        String label = location.label();
        DefinitionReader.Loaded loaded = DefinitionReader.load(text, label, location.isYaml());
        Problems problems = new Problems();
        for (Diagnostic diagnostic : loaded.diagnostics()) {
            SourcePosition position = diagnostic.position() == null ? new SourcePosition(label, 1, 1)
                    : diagnostic.position();
            problems.add(position, diagnostic.message().replace("the definition", "the test file"));
        }
        JsonDocument document = loaded.document();
        if (document == null) {
            return new TestFile(location, null, null, null, null, List.of(), List.of(), problems.messages());
        }
        return read(new Node(document, "", document.root(), problems), location);
    }

    private static TestFile read(Node root, TestFileLocation location) {
        if (!root.isObject("a mapping with \"definition\" and \"cases\"")) {
            return new TestFile(location, null, null, null, null, List.of(), List.of(), root.problems().messages());
        }
        root.onlyKeys(FILE_KEYS);
        DefinitionSource definition = DefinitionSourceReader.read(root);
        TestFile.Located mockConfig = located(root.get("mockConfig"));
        List<StateMock> mocks = mocks(root.get("mocks"));
        List<CaseSpec> cases = cases(root, mockConfig != null);
        return new TestFile(location, definition, root.get("stateMachineName").optionalText(), mockConfig,
                root.get("mockConfigStateMachine").optionalText(), mocks, cases, root.problems().messages());
    }

    private static List<CaseSpec> cases(Node root, boolean hasMockConfig) {
        Node cases = root.get("cases");
        List<CaseSpec> specs = new ArrayList<>();
        if (!cases.present()) {
            if (!hasMockConfig) {
                missing(root, "\"cases\" (a mapping of case names to cases) or \"mockConfig\"");
            }
        } else if (cases.isObject("a mapping of case names to cases")) {
            for (Map.Entry<String, Node> member : cases.members()) {
                if (member.getKey().isBlank()) {
                    member.getValue().problem("a case needs a name that is not blank");
                } else {
                    specs.add(testCase(member.getKey(), member.getValue()));
                }
            }
            if (cases.value().isEmpty() && !hasMockConfig) {
                cases.problem("\"cases\": expected at least one case but there is none");
            }
        }
        return specs;
    }

    private static void missing(Node root, String what) {
        root.problems().add(root.position(), "missing " + what);
    }

    private static TestFile.@Nullable Located located(Node node) {
        String text = node.optionalText();
        return text == null ? null : new TestFile.Located(text, node.position());
    }

    private static CaseSpec testCase(String name, Node node) {
        List<StateMock> mocks = new ArrayList<>();
        List<CallbackSpec> callbacks = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        if (!node.value().isNull() && node.isObject("a mapping with \"input\", \"mocks\", \"callbacks\" and "
                + "\"expect\"")) {
            node.onlyKeys(CASE_KEYS);
            mocks.addAll(mocks(node.get("mocks")));
            Node callbacksNode = node.get("callbacks");
            if (callbacksNode.present()) {
                callbacks.addAll(CallbackReader.callbacks(callbacksNode));
            }
            Node expect = node.get("expect");
            if (expect.present()) {
                expectations.addAll(ExpectationReader.expectations(expect));
            }
            Node tagsNode = node.get("tags");
            if (tagsNode.present()) {
                tags.addAll(tags(tagsNode));
            }
        }
        Node input = node.get("input");
        Node inputFile = node.get("inputFile");
        if (input.present() && inputFile.present()) {
            inputFile.problem("give either \"input\" or \"inputFile\", not both");
        }
        return new CaseSpec(name, node.position(), input.present() ? input.value().deepCopy()
                : JsonNodeFactory.instance.objectNode(), located(inputFile), mocks, callbacks, expectations, tags);
    }

    private static List<String> tags(Node node) {
        List<String> tags = node.texts("tags");
        for (Node element : node.elements()) {
            if (element.value().isTextual() && !TestTag.isValid(element.value().asText())) {
                element.expected("a tag without blanks, commas, parentheses, '&', '|' or '!'");
            }
        }
        return tags.stream().filter(TestTag::isValid).toList();
    }

    private static List<StateMock> mocks(Node node) {
        List<StateMock> mocks = new ArrayList<>();
        if (node.present() && node.isObject("a mapping of Task state names to their answers")) {
            node.members().forEach(m -> mocks.add(MockReader.stateMock(m.getKey(), m.getValue())));
        }
        return mocks;
    }
}
