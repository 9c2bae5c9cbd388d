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
            with(RunSettingsReader.KEYS, "definition", "template", "stateMachine", "substitutions", "stateMachineName",
                    "mockConfig", "mockConfigStateMachine", "mocks", "resourceMocks", "nestedStateMachines", "cases");
    private static final Set<String> CASE_KEYS =
            with(RunSettingsReader.KEYS, "input", "inputFile", "mocks", "resourceMocks", "callbacks", "expect", "tags");

    private TestFileReader() {}

    private static Set<String> with(Set<String> keys, String... more) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

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
            return new TestFile(location, null, null, null, null, List.of(), List.of(), RunSettings.NONE, Map.of(),
                    problems.messages());
        }
        return read(new Node(document, "", document.root(), problems), location);
    }

    private static TestFile read(Node root, TestFileLocation location) {
        if (!root.isObject("a mapping with \"definition\" and \"cases\"")) {
            return new TestFile(location, null, null, null, null, List.of(), List.of(), RunSettings.NONE, Map.of(),
                    root.problems().messages());
        }
        root.onlyKeys(FILE_KEYS);
        DefinitionSource definition = DefinitionSourceReader.read(root);
        TestFile.Located mockConfig = located(root.get("mockConfig"));
        List<StateMock> mocks = mocks(root);
        RunSettings settings = RunSettingsReader.read(root);
        Map<String, TestFile.Located> nested = nested(root.get("nestedStateMachines"));
        List<CaseSpec> cases = cases(root, mockConfig != null);
        return new TestFile(location, definition, root.get("stateMachineName").optionalText(), mockConfig,
                root.get("mockConfigStateMachine").optionalText(), mocks, cases, settings, nested,
                root.problems().messages());
    }

    private static Map<String, TestFile.Located> nested(Node node) {
        Map<String, TestFile.Located> nested = new java.util.LinkedHashMap<>();
        if (node.present() && node.isObject("a mapping of state machine ARNs to the definitions run as their "
                + "child executions")) {
            for (Map.Entry<String, Node> member : node.members()) {
                TestFile.Located definition = located(member.getValue());
                if (!member.getKey().startsWith("arn:")) {
                    member.getValue().problem("\"" + member.getKey() + "\": expected a state machine ARN such as "
                            + "arn:aws:states:us-east-1:123456789012:stateMachine:Child");
                } else if (definition != null) {
                    nested.put(member.getKey(), definition);
                }
            }
        }
        return nested;
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
        RunSettings settings = RunSettings.NONE;
        if (!node.value().isNull() && node.isObject("a mapping with \"input\", \"mocks\", \"callbacks\" and "
                + "\"expect\"")) {
            node.onlyKeys(CASE_KEYS);
            settings = RunSettingsReader.read(node);
            mocks.addAll(mocks(node));
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
                : JsonNodeFactory.instance.objectNode(), located(inputFile), mocks, callbacks, expectations, tags,
                settings);
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

    /** Read the mocks by state ({@code mocks}) and by resource ({@code resourceMocks}) of a file or a case. */
    private static List<StateMock> mocks(Node parent) {
        List<StateMock> mocks = new ArrayList<>();
        Node byResource = parent.get("resourceMocks");
        if (byResource.present() && byResource.isObject("a mapping of resource patterns (\"*\" for any text) to "
                + "their answers")) {
            byResource.members().forEach(m -> mocks.add(MockReader.stateMock(m.getKey(), true, m.getValue())));
        }
        Node byState = parent.get("mocks");
        if (byState.present() && byState.isObject("a mapping of Task state names to their answers")) {
            byState.members().forEach(m -> mocks.add(MockReader.stateMock(m.getKey(), false, m.getValue())));
        }
        return mocks;
    }
}
