package dev.orrery.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.parse.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.jspecify.annotations.Nullable;

/** Builds the test plan of the selected test files: one container per file, one test per case. */
final class TestPlanBuilder {

    private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+)[: ]");

    private TestPlanBuilder() {}

    /**
     * Add a descriptor for each selected file to the engine's descriptor; {@code asClasses} gives each file a class
     * source named after its path, for build tools that report only tests under a class.
     */
    static void build(TestDescriptor engine, List<Discovery.Selection> selections, boolean asClasses) {
        for (Discovery.Selection selection : selections) {
            TestFileDescriptor file = file(engine.getUniqueId(), selection, asClasses);
            if (!file.getChildren().isEmpty()) {
                engine.addChild(file);
            }
        }
    }

    private static TestFileDescriptor file(UniqueId engineId, Discovery.Selection selection, boolean asClasses) {
        TestFileLocation location = selection.location();
        UniqueId id = engineId.append(TestFileDescriptor.SEGMENT, location.id());
        TestFile file = read(location);
        Problems problems = new Problems();
        file.problems().forEach(problems::add);
        MockConfigs.Loaded config = file.problems().isEmpty() ? MockConfigs.load(file, problems) : null;
        TestFileDescriptor descriptor = new TestFileDescriptor(id, file, config == null ? null : config.config(),
                config == null ? null : config.machine(), asClasses, selection.scanned());
        if (!problems.isEmpty()) {
            if (selectsWholeFile(selection)) {
                descriptor.addChild(broken(id, location, problems.messages()));
            }
            return descriptor;
        }
        List<CaseDescriptor> cases = cases(id, file, config);
        for (CaseDescriptor testCase : cases) {
            if (selects(selection, testCase, cases)) {
                descriptor.addChild(testCase);
            }
        }
        return descriptor;
    }

    private static boolean selectsWholeFile(Discovery.Selection selection) {
        if (selection.cases() instanceof Discovery.CaseChoice.Matching matching) {
            return matching.patterns().selectsWholeFile(selection.location());
        }
        return selection.cases() instanceof Discovery.CaseChoice.All;
    }

    private static boolean selects(Discovery.Selection selection, CaseDescriptor testCase,
            List<CaseDescriptor> cases) {
        String name = testCase.getDisplayName();
        if (selection.cases() instanceof Discovery.CaseChoice.Matching matching) {
            return matching.patterns().selectsCase(selection.location(), name);
        }
        if (selection.cases() instanceof Discovery.CaseChoice.Some some) {
            return some.names().contains(name) || some.lines().stream().anyMatch(line -> writtenAt(testCase, cases,
                    line));
        }
        return true;
    }

    /**
     * Return whether the case is written at a line: it starts there or is the last to start before it (the test cases
     * of a mock configuration start at its {@code mockConfig} key); a line before every case selects them all.
     */
    private static boolean writtenAt(CaseDescriptor testCase, List<CaseDescriptor> cases, int line) {
        int start = cases.stream().mapToInt(other -> other.spec().position().line()).filter(at -> at <= line).max()
                .orElse(-1);
        return start < 0 || testCase.spec().position().line() == start;
    }

    private static TestFile read(TestFileLocation location) {
        try {
            return TestFileReader.read(location.read(), location);
        } catch (IOException e) {
            return new TestFile(location, null, null, null, null, List.of(), List.of(), RunSettings.NONE, Map.of(), List.of(location.label() + ":1:1: cannot read the test file: " + e.getMessage()));
        }
    }

    private static List<CaseDescriptor> cases(UniqueId id, TestFile file, MockConfigs.@Nullable Loaded config) {
        Set<String> configCases = new LinkedHashSet<>(config == null ? List.of()
                : config.config().testCases(config.machine()));
        List<CaseDescriptor> cases = new ArrayList<>();
        for (CaseSpec spec : file.cases()) {
            cases.add(new CaseDescriptor(id.append(CaseDescriptor.SEGMENT, spec.name()), file.location(), spec,
                    configCases.contains(spec.name()) ? spec.name() : null));
        }
        Set<String> written = new LinkedHashSet<>(file.cases().stream().map(CaseSpec::name).toList());
        for (String testCase : configCases) {
            if (!written.contains(testCase)) {
                SourcePosition at = java.util.Objects.requireNonNull(file.mockConfig()).position();
                CaseSpec spec = new CaseSpec(testCase, at, JsonNodeFactory.instance.objectNode(), null, List.of(),
                        List.of(), List.of(), List.of(), RunSettings.NONE);
                cases.add(new CaseDescriptor(id.append(CaseDescriptor.SEGMENT, testCase), file.location(), spec,
                        testCase));
            }
        }
        return cases;
    }

    private static BrokenFileDescriptor broken(UniqueId id, TestFileLocation location, List<String> problems) {
        Matcher matcher = POSITION.matcher(problems.get(0));
        boolean located = problems.get(0).startsWith(location.label()) && matcher.find(location.label().length());
        return new BrokenFileDescriptor(id, location, problems, located ? Integer.parseInt(matcher.group(1)) : 1,
                located ? Integer.parseInt(matcher.group(2)) : 1);
    }
}
