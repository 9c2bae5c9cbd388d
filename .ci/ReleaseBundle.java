import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The release dry run's two halves, run by {@code .ci/check-release-bundle} as a single-file program.
 *
 * <ul>
 *   <li>{@code serve PORT_FILE BUNDLE_FILE}: a stand-in for the Central Publisher API on a loopback port. It answers
 *       the bundle upload the central-publishing-maven-plugin makes at the end of {@code deploy} with a deployment id
 *       and keeps the uploaded bytes, so the plugin runs to completion without credentials or network.</li>
 *   <li>{@code check STAGING_DIR BUNDLE_FILE SIGNED ARTIFACT...}: asserts that each published artifact is staged with
 *       what Central requires (POM; for jars, the jar, {@code -sources.jar} and {@code -javadoc.jar}; MD5, SHA-1,
 *       SHA-256 and SHA-512 checksums of each; {@code .asc} signatures when signing was on), that the POMs carry the
 *       required metadata, that the uploaded bundle holds the same files, and that nothing else was staged.</li>
 * </ul>
 */
public final class ReleaseBundle {

    private static final List<String> CHECKSUMS = List.of(".md5", ".sha1", ".sha256", ".sha512");

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("serve")) {
            serve(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length >= 5 && args[0].equals("check")) {
            List<String> problems = check(Path.of(args[1]), Path.of(args[2]), Boolean.parseBoolean(args[3]),
                    List.of(args).subList(4, args.length));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> System.err.println("release bundle: " + problem));
                System.exit(1);
            }
            System.out.println("Release bundle complete: " + String.join(", ", List.of(args).subList(4, args.length)));
        } else {
            System.err.println("usage: ReleaseBundle serve PORT_FILE BUNDLE_FILE"
                    + " | check STAGING_DIR BUNDLE_FILE SIGNED groupId:artifactId:version:packaging...");
            System.exit(2);
        }
    }

    private static void serve(Path portFile, Path bundleFile) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/publisher/upload", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                Files.write(bundleFile, body.readAllBytes());
            }
            byte[] id = "dry-run-deployment".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, id.length);
            exchange.getResponseBody().write(id);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            System.err.println(
                    "fake Central: unexpected " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        Files.writeString(portFile, Integer.toString(server.getAddress().getPort()));
    }

    private static List<String> check(Path staging, Path bundle, boolean signed, List<String> artifacts)
            throws IOException {
        if (!Files.isDirectory(staging)) {
            return List.of("nothing was staged: no folder " + staging);
        }
        List<String> problems = new ArrayList<>();
        TreeSet<String> expected = new TreeSet<>();
        for (String coordinates : artifacts) {
            String[] parts = coordinates.split(":");
            String groupPath = parts[0].replace('.', '/');
            String artifactId = parts[1];
            String version = parts[2];
            String packaging = parts[3];
            String base = groupPath + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version;
            List<String> files = new ArrayList<>(List.of(base + ".pom"));
            if (packaging.equals("jar")) {
                files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
            }
            // Classified jars follow the packaging, e.g. dev.orrery:orrery-cli:0.1.0:jar:all.
            for (int i = 4; i < parts.length; i++) {
                files.add(base + "-" + parts[i] + ".jar");
            }
            for (String file : files) {
                expected.add(file);
                CHECKSUMS.forEach(checksum -> expected.add(file + checksum));
                if (signed) {
                    expected.add(file + ".asc");
                }
            }
            Path pom = staging.resolve(base + ".pom");
            if (Files.isRegularFile(pom)) {
                problems.addAll(pomProblems(pom, artifactId));
                if (artifactId.endsWith("-bom")) {
                    problems.addAll(bomProblems(pom, artifacts));
                }
            }
            if (packaging.equals("jar")) {
                problems.addAll(nonEmpty(staging.resolve(base + "-sources.jar"), ".java"));
                problems.addAll(nonEmpty(staging.resolve(base + "-javadoc.jar"), "index.html"));
            }
        }
        TreeSet<String> staged = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile)
                    .map(path -> staging.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.equals("central-bundle.zip"))
                    .forEach(staged::add);
        }
        for (String file : expected) {
            if (!staged.contains(file)) {
                problems.add("missing " + file);
            }
        }
        for (String file : staged) {
            boolean signatureChecksum = signed && CHECKSUMS.stream().anyMatch(c -> file.endsWith(".asc" + c));
            if (!expected.contains(file) && !signatureChecksum) {
                problems.add("not expected in the bundle: " + file);
            }
        }
        if (!Files.isRegularFile(bundle)) {
            problems.add("no bundle was uploaded to the stand-in Central endpoint");
        } else {
            problems.addAll(bundleProblems(bundle, expected));
        }
        return problems;
    }

    private static List<String> pomProblems(Path pom, String artifactId) throws IOException {
        String text = Files.readString(pom);
        List<String> problems = new ArrayList<>();
        List<String> required = artifactId.endsWith("-parent") || artifactId.endsWith("-bom")
                ? List.of("<name>", "<description>", "<url>", "<licenses>", "<developers>", "<scm ")
                : List.of("<name>", "<description>", "<parent>");
        for (String element : required) {
            if (!text.contains(element)) {
                problems.add(pom.getFileName() + " has no " + element);
            }
        }
        return problems;
    }

    private static List<String> bomProblems(Path bom, List<String> artifacts) throws IOException {
        String text = Files.readString(bom);
        List<String> problems = new ArrayList<>();
        for (String coordinates : artifacts) {
            String artifactId = coordinates.split(":")[1];
            boolean managed = artifactId.endsWith("-parent") || artifactId.endsWith("-bom")
                    || text.contains("<artifactId>" + artifactId + "</artifactId>");
            if (!managed) {
                problems.add(bom.getFileName() + " does not manage " + artifactId);
            }
        }
        return problems;
    }

    private static List<String> nonEmpty(Path jar, String suffix) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean found = zip.stream().anyMatch(entry -> entry.getName().endsWith(suffix));
            return found ? List.of() : List.of(jar.getFileName() + " holds no " + suffix + " file");
        }
    }

    private static List<String> bundleProblems(Path bundle, TreeSet<String> expected) throws IOException {
        // The bundle is sent as a multipart body: find each expected entry name in it.
        String body = new String(Files.readAllBytes(bundle), StandardCharsets.ISO_8859_1);
        List<String> problems = new ArrayList<>();
        for (String file : expected) {
            if (!body.contains(file)) {
                problems.add("uploaded bundle lacks " + file);
            }
        }
        return problems;
    }
}
