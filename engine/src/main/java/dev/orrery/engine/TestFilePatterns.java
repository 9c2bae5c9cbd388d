package dev.orrery.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which scanned test files and cases run, in the syntax of Maven Surefire's {@code -Dtest}: patterns separated by
 * commas, each {@code FILE} or {@code FILE#CASE}, a leading {@code !} excluding what it matches.
 *
 * <p>{@code FILE} is a glob ({@code *} any characters but {@code /}, {@code **} any characters, {@code ?} one
 * character) matched against the test file's class path resource name ({@code orders/ship.orrery.yaml}) and its
 * ends after a {@code /} (down to the file name, {@code ship.orrery.yaml}), the class name Surefire reports it under
 * ({@code orders.ship.orrery.yaml}), and each of these without the {@code .orrery.yaml}, {@code .orrery.yml} or {@code .orrery.json} ending; {@code CASE} is a
 * glob ({@code *}, {@code ?}) matched against the case's name, {@code +} separating alternatives. Surefire's
 * {@code %regex[...]} patterns select no test file.
 *
 * @param includes the patterns that select, all files when empty
 * @param excludes the patterns that leave out
 */
record TestFilePatterns(List<FilePattern> includes, List<FilePattern> excludes) {

    /** Read the patterns of a {@code -Dtest}-like text. */
    static TestFilePatterns parse(String text) {
        List<FilePattern> includes = new ArrayList<>();
        List<FilePattern> excludes = new ArrayList<>();
        for (String part : text.split(",")) {
            String pattern = part.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exclude = pattern.startsWith("!");
            FilePattern parsed = FilePattern.parse(exclude ? pattern.substring(1).strip() : pattern);
            (exclude ? excludes : includes).add(parsed);
        }
        return new TestFilePatterns(List.copyOf(includes), List.copyOf(excludes));
    }

    /** Return whether some of the file's cases may run: a pattern selects it and no pattern leaves all of it out. */
    boolean selectsFile(TestFileLocation location) {
        List<String> names = names(location);
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(pattern -> pattern.matchesFile(names));
        return included && excludes.stream().noneMatch(pattern -> pattern.cases() == null
                && pattern.matchesFile(names));
    }

    /** Return whether the case runs. */
    boolean selectsCase(TestFileLocation location, String caseName) {
        List<String> names = names(location);
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(pattern -> pattern.matches(names, caseName));
        return included && excludes.stream().noneMatch(pattern -> pattern.matches(names, caseName));
    }

    /** Return whether a pattern selects the whole file, so that the test of a broken file runs too. */
    boolean selectsWholeFile(TestFileLocation location) {
        List<String> names = names(location);
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(pattern -> pattern.cases() == null && pattern.matchesFile(names));
        return included && excludes.stream().noneMatch(pattern -> pattern.matchesFile(names));
    }

    /** Return the names a file pattern is matched against. */
    private static List<String> names(TestFileLocation location) {
        String resource = location.id().replace('\\', '/');
        List<String> names = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        forms.add(resource);
        for (int slash = resource.indexOf('/'); slash >= 0; slash = resource.indexOf('/', slash + 1)) {
            forms.add(resource.substring(slash + 1));
        }
        forms.add(resource.replace('/', '.'));
        for (String name : forms) {
            names.add(name);
            names.add(withoutEnding(name));
        }
        return names;
    }

    private static String withoutEnding(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : List.of(".orrery.yaml", ".orrery.yml", ".orrery.json")) {
            if (lower.endsWith(ending)) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    /**
     * One pattern.
     *
     * @param file the glob of the file, or {@code null} for a Surefire regex, which matches no file
     * @param cases the globs of the cases, or {@code null} for every case
     */
    record FilePattern(@Nullable Pattern file,
            @Nullable List<Pattern> cases) {

        static FilePattern parse(String text) {
            if (text.startsWith("%regex[")) {
                return new FilePattern(null, null);
            }
            int hash = text.indexOf('#');
            String file = hash < 0 ? text : text.substring(0, hash);
            List<Pattern> cases = null;
            if (hash >= 0) {
                cases = new ArrayList<>();
                for (String alternative : text.substring(hash + 1).split("\\+")) {
                    if (!alternative.isBlank()) {
                        cases.add(glob(alternative.strip(), false));
                    }
                }
                cases = cases.isEmpty() ? null : List.copyOf(cases);
            }
            return new FilePattern(file.isBlank() ? glob("**", true) : glob(file.strip(), true), cases);
        }

        boolean matchesFile(List<String> names) {
            Pattern pattern = file;
            return pattern != null && names.stream().anyMatch(name -> pattern.matcher(name).matches());
        }

        boolean matches(List<String> names, String caseName) {
            List<Pattern> patterns = cases;
            return matchesFile(names) && (patterns == null
                    || patterns.stream().anyMatch(pattern -> pattern.matcher(caseName).matches()));
        }

        /** Compile a glob: {@code **} any text, {@code *} any text but {@code /} (in paths), {@code ?} one character. */
        private static Pattern glob(String glob, boolean path) {
            StringBuilder regex = new StringBuilder();
            int i = 0;
            while (i < glob.length()) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean folder = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    regex.append(folder ? "(?:.*/)?" : ".*");
                    i += folder ? 3 : 2;
                    continue;
                }
                if (c == '*') {
                    regex.append(path ? "[^/]*" : ".*");
                } else if (c == '?') {
                    regex.append(path ? "[^/]" : ".");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
                i++;
            }
            return Pattern.compile(regex.toString());
        }
    }
}
