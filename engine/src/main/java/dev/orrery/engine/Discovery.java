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
import org.jspecify.annotations.Nullable;

/**
 * Turns the platform's selectors into the test files (and cases) to run: class path roots, packages, class path
 * resources, folders, files and unique ids, leaving out the resources whose folder a package name filter excludes; with {@value #SCAN_CLASSPATH} set, every folder of the class path too
 * (for build tools that select only classes, as Maven Surefire does).
 */
final class Discovery {

    /** The configuration parameter that makes discovery scan every folder of the class path. */
    static final String SCAN_CLASSPATH = "orrery.engine.scan-classpath";

    private final Map<String, Selection> selections = new LinkedHashMap<>();
    private final UniqueId engineId;
    private final Filter<String> packages;

    private Discovery(UniqueId engineId, Filter<String> packages) {
        this.engineId = engineId;
        this.packages = packages;
    }

    /** Return the test files the request selects, each with the cases selected (all unless unique ids say). */
    static List<Selection> selections(EngineDiscoveryRequest request, UniqueId engineId) {
        Discovery discovery = new Discovery(engineId,
                Filter.composeFilters(request.getFiltersByType(PackageNameFilter.class)));
        discovery.select(request);
        return List.copyOf(discovery.selections.values());
    }

    /** Return whether the request asks for the whole class path, as build tools that select only classes do. */
    static boolean scansClasspath(EngineDiscoveryRequest request) {
        return request.getConfigurationParameters().getBoolean(SCAN_CLASSPATH).orElse(false);
    }

    private void select(EngineDiscoveryRequest request) {
        if (scansClasspath(request)) {
            ClasspathScanner.inClasspathFolders().forEach(this::all);
        }
        request.getSelectorsByType(ClasspathRootSelector.class).forEach(selector ->
                ClasspathScanner.inRoot(Path.of(selector.getClasspathRoot())).forEach(this::all));
        request.getSelectorsByType(PackageSelector.class).forEach(selector ->
                ClasspathScanner.inPackage(selector.getPackageName()).forEach(this::all));
        request.getSelectorsByType(ClasspathResourceSelector.class).forEach(selector ->
                resource(selector.getClasspathResourceName()));
        request.getSelectorsByType(DirectorySelector.class).forEach(selector ->
                ClasspathScanner.inDirectory(selector.getPath()).forEach(this::all));
        request.getSelectorsByType(FileSelector.class).forEach(selector -> {
            if (TestFileLocation.isTestFile(selector.getPath().getFileName().toString())
                    && Files.isRegularFile(selector.getPath())) {
                all(TestFileLocation.ofFile(selector.getPath()));
            }
        });
        request.getSelectorsByType(UniqueIdSelector.class).forEach(selector -> uniqueId(selector.getUniqueId()));
    }

    private void resource(String name) {
        String stripped = name.startsWith("/") ? name.substring(1) : name;
        if (!TestFileLocation.isTestFile(stripped)) {
            return;
        }
        URL url = ClassLoaders.current().getResource(stripped);
        if (url != null) {
            all(TestFileLocation.ofResource(stripped, ClasspathScanner.fileOf(url)));
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
            one(location, segments.get(2).getValue());
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
        if (inSelectedPackage(location)) {
            selections.put(location.id(), new Selection(location, null));
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

    private void one(TestFileLocation location, String caseName) {
        Selection existing = selections.get(location.id());
        if (existing != null && existing.cases() == null || !inSelectedPackage(location)) {
            return;
        }
        Set<String> cases = new LinkedHashSet<>(existing == null ? Set.of() : existing.cases());
        cases.add(caseName);
        selections.put(location.id(), new Selection(location, cases));
    }

    /**
     * A selected test file.
     *
     * @param location where the file is
     * @param cases the names of the selected cases, or {@code null} for all
     */
    record Selection(TestFileLocation location, @Nullable Set<String> cases) {}
}
