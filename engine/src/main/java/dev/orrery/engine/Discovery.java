package dev.orrery.engine;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.jspecify.annotations.Nullable;

/**
 * Turns the platform's selectors into the test files (and cases) to run: class path roots, packages, class path
 * resources (at a line: the case written there), folders, files (at a line too) and unique ids, leaving out the
 * resources whose folder a package name filter excludes. With {@value #SCAN_CLASSPATH} (or {@value #INCLUDE}) set,
 * every folder of the class path too, for build tools that select only classes (Maven Surefire, Gradle): those scanned
 * files are narrowed by {@value #INCLUDE}, else by Surefire's {@code -Dtest} (the system property {@value #TEST}), and
 * run once per build run ({@link RunClaims}).
 */
final class Discovery {

    /** The configuration parameter that makes discovery scan every folder of the class path. */
    static final String SCAN_CLASSPATH = "orrery.engine.scan-classpath";

    /** The configuration parameter selecting scanned test files and cases with {@code -Dtest}'s syntax. */
    static final String INCLUDE = "orrery.engine.include";

    /** Maven Surefire's {@code -Dtest}, which Surefire passes to its forks as a system property. */
    static final String TEST = "test";

    private final Map<String, Selection> selections = new LinkedHashMap<>();
    private final UniqueId engineId;
    private final Filter<String> packages;

    private Discovery(UniqueId engineId, Filter<String> packages) {
        this.engineId = engineId;
        this.packages = packages;
    }

    /** Return the test files the request selects, each with the cases selected. */
    static List<Selection> selections(EngineDiscoveryRequest request, UniqueId engineId) {
        Discovery discovery = new Discovery(engineId,
                Filter.composeFilters(request.getFiltersByType(PackageNameFilter.class)));
        discovery.select(request);
        return List.copyOf(discovery.selections.values());
    }

    /** Return whether the request asks for the whole class path, as build tools that select only classes do. */
    static boolean scansClasspath(EngineDiscoveryRequest request) {
        return request.getConfigurationParameters().getBoolean(SCAN_CLASSPATH).orElse(false)
                || patterns(request, INCLUDE) != null;
    }

    /** Return the patterns that narrow the scanned files: {@value #INCLUDE}, else {@value #TEST}, else none. */
    static @Nullable TestFilePatterns scanPatterns(EngineDiscoveryRequest request) {
        TestFilePatterns include = patterns(request, INCLUDE);
        return include != null ? include : patterns(request, TEST);
    }

    private static @Nullable TestFilePatterns patterns(EngineDiscoveryRequest request, String key) {
        return request.getConfigurationParameters().get(key).filter(value -> !value.isBlank())
                .map(TestFilePatterns::parse).orElse(null);
    }

    private void select(EngineDiscoveryRequest request) {
        if (scansClasspath(request)) {
            TestFilePatterns patterns = scanPatterns(request);
            for (TestFileLocation location : ClasspathScanner.inClasspathFolders()) {
                if (patterns == null) {
                    put(location, CaseChoice.ALL, true);
                } else if (patterns.selectsFile(location)) {
                    put(location, new CaseChoice.Matching(patterns), true);
                }
            }
        }
        request.getSelectorsByType(ClasspathRootSelector.class).forEach(selector ->
                ClasspathScanner.inRoot(Path.of(selector.getClasspathRoot())).forEach(this::all));
        request.getSelectorsByType(PackageSelector.class).forEach(selector ->
                ClasspathScanner.inPackage(selector.getPackageName()).forEach(this::all));
        request.getSelectorsByType(ClasspathResourceSelector.class).forEach(selector ->
                resource(selector.getClasspathResourceName(), selector.getPosition().orElse(null)));
        request.getSelectorsByType(DirectorySelector.class).forEach(selector ->
                ClasspathScanner.inDirectory(selector.getPath()).forEach(this::all));
        request.getSelectorsByType(FileSelector.class).forEach(selector -> {
            if (TestFileLocation.isTestFile(selector.getPath().getFileName().toString())
                    && Files.isRegularFile(selector.getPath())) {
                at(TestFileLocation.ofFile(selector.getPath()), selector.getPosition().orElse(null));
            }
        });
        request.getSelectorsByType(UniqueIdSelector.class).forEach(selector -> uniqueId(selector.getUniqueId()));
    }

    private void resource(String name, @Nullable FilePosition position) {
        String stripped = name.startsWith("/") ? name.substring(1) : name;
        if (!TestFileLocation.isTestFile(stripped)) {
            return;
        }
        URL url = ClassLoaders.current().getResource(stripped);
        if (url != null) {
            at(TestFileLocation.ofResource(stripped, ClasspathScanner.fileOf(url)), position);
        }
    }

    /** Select a file, or the case written at a line of it (IDEs run the case at the caret this way). */
    private void at(TestFileLocation location, @Nullable FilePosition position) {
        if (position == null) {
            all(location);
        } else {
            some(location, new CaseChoice.Some(Set.of(), Set.of(position.getLine())));
        }
    }

    private void uniqueId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engineId)) {
            return;
        }
        if (segments.size() == 1) {
            ClasspathScanner.inClasspathFolders().forEach(this::all);
            return;
        }
        UniqueId.Segment file = segments.get(1);
        if (!file.getType().equals(TestFileDescriptor.SEGMENT)) {
            return;
        }
        TestFileLocation location = locate(file.getValue());
        if (location == null) {
            return;
        }
        if (segments.size() == 2 || !segments.get(2).getType().equals(CaseDescriptor.SEGMENT)) {
            all(location);
        } else {
            some(location, new CaseChoice.Some(Set.of(segments.get(2).getValue()), Set.of()));
        }
    }

    private static @Nullable TestFileLocation locate(String value) {
        URL url = ClassLoaders.current().getResource(value);
        if (url != null) {
            return TestFileLocation.ofResource(value, ClasspathScanner.fileOf(url));
        }
        Path path = Path.of(value);
        return Files.isRegularFile(path) ? TestFileLocation.ofFile(path) : null;
    }

    private void all(TestFileLocation location) {
        put(location, CaseChoice.ALL, false);
    }

    private void put(TestFileLocation location, CaseChoice cases, boolean scanned) {
        if (inSelectedPackage(location)) {
            selections.put(location.id(), new Selection(location, cases, scanned));
        }
    }

    /** Apply the request's package name filters to a resource's folder, read as a package name. */
    private boolean inSelectedPackage(TestFileLocation location) {
        String resource = location.resource();
        if (resource == null) {
            return true;
        }
        String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "";
        return packages.apply(folder.replace('/', '.')).included();
    }

    /** Add cases (by name or line) to a file's selection, unless all of the file is selected already. */
    private void some(TestFileLocation location, CaseChoice.Some cases) {
        Selection existing = selections.get(location.id());
        if (existing != null && !existing.scanned() && existing.cases() instanceof CaseChoice.All) {
            return;
        }
        CaseChoice.Some merged = existing != null && !existing.scanned()
                && existing.cases() instanceof CaseChoice.Some some ? some.and(cases) : cases;
        put(location, merged, false);
    }

    /**
     * A selected test file.
     *
     * @param location where the file is
     * @param cases which of its cases run
     * @param scanned whether the class path scan found it, so that one request of the build run runs it
     */
    record Selection(TestFileLocation location, CaseChoice cases, boolean scanned) {}

    /** Which cases of a selected file run. */
    sealed interface CaseChoice {

        /** Every case, and the test of a broken file. */
        CaseChoice ALL = new All();

        /** The choice of every case: {@link #ALL}. */
        record All() implements CaseChoice {}

        /**
         * The cases of these names, and those written at these lines (the last case starting at or before the line;
         * a line before the first case selects them all).
         *
         * @param names case names
         * @param lines lines of the file
         */
        record Some(Set<String> names, Set<Integer> lines) implements CaseChoice {

            Some and(Some other) {
                Set<String> allNames = new LinkedHashSet<>(names);
                allNames.addAll(other.names);
                Set<Integer> allLines = new LinkedHashSet<>(lines);
                allLines.addAll(other.lines);
                return new Some(Set.copyOf(allNames), Set.copyOf(allLines));
            }
        }

        /**
         * The cases {@value Discovery#INCLUDE} or {@code -Dtest} select.
         *
         * @param patterns the patterns
         */
        record Matching(TestFilePatterns patterns) implements CaseChoice {}
    }
}
