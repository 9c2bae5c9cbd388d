package dev.orrery.internal.coverage;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageState;
import dev.orrery.coverage.StateMachineCoverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: an index of the state machines with their counts, and a page per state machine drawing each of
 * its scopes as an inline SVG graph. Self-contained (inline CSS, no script, nothing fetched), so it opens from disk.
 */
public final class CoverageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em;color:#202124}
            table{border-collapse:collapse}td,th{border:1px solid #dadce0;padding:4px 10px;text-align:left}
            .bar{display:inline-block;width:80px;height:10px;background:#fce8e6;margin-right:6px}
            .bar span{display:block;height:10px;background:#34a853}
            .covered rect{fill:#e6f4ea;stroke:#1e8e3e;stroke-width:2}
            .missed rect{fill:#fce8e6;stroke:#d93025;stroke-width:2;stroke-dasharray:6 4}
            .end circle{fill:#fff;stroke:#5f6368;stroke-width:2}
            path.covered{stroke:#1e8e3e;stroke-width:2;fill:none}
            path.missed{stroke:#d93025;stroke-width:2;fill:none;stroke-dasharray:6 4}
            text{font-size:12px}text.label{font-size:11px;fill:#5f6368}
            li.missed{color:#d93025}
            """;

    private CoverageHtml() {}

    /** Return the file name of a state machine's page. */
    public static String pageName(StateMachineCoverage coverage) {
        String slug = coverage.source().replaceAll("[^A-Za-z0-9._-]+", "_");
        return "sm-" + (slug.length() > 80 ? slug.substring(slug.length() - 80) : slug) + "-"
                + Integer.toHexString(coverage.source().hashCode()) + ".html";
    }

    /** Return the index page: one row per state machine with its counts, linked to its page. */
    public static String index(Coverage coverage) {
        StringBuilder html = head("Orrery coverage");
        html.append("<h1>Orrery coverage</h1>\n<table>\n<tr><th>State machine</th><th>Source</th><th>States</th>"
                + "<th>Transitions</th><th>Retriers</th><th>Catchers</th></tr>\n");
        for (StateMachineCoverage machine : coverage.stateMachines()) {
            html.append("<tr><td><a href=\"").append(escape(pageName(machine))).append("\">")
                    .append(escape(machine.name())).append("</a></td><td>").append(escape(machine.source()))
                    .append("</td>").append(cell(machine.stateCount())).append(cell(machine.transitionCount()))
                    .append(cell(machine.retrierCount())).append(cell(machine.catcherCount())).append("</tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    /** Return the page of one state machine. */
    public static String page(StateMachineCoverage coverage) {
        StringBuilder html = head("Orrery coverage: " + coverage.name());
        html.append("<p><a href=\"index.html\">All state machines</a></p>\n<h1>").append(escape(coverage.name()))
                .append("</h1>\n<p>").append(escape(coverage.source())).append("</p>\n<table><tr><th>States</th>"
                        + "<th>Transitions</th><th>Retriers</th><th>Catchers</th></tr><tr>")
                .append(cell(coverage.stateCount())).append(cell(coverage.transitionCount()))
                .append(cell(coverage.retrierCount())).append(cell(coverage.catcherCount()))
                .append("</tr></table>\n<p>Green: reached (with hits); red and dashed: never reached.</p>\n");
        scopes(coverage).forEach((scope, states) -> {
            html.append("<h2>").append(escape(scope.isEmpty() ? "Top level" : scope)).append("</h2>\n");
            html.append(GraphSvg.draw(states, coverage));
        });
        html.append("<h2>Missed</h2>\n<ul>\n");
        coverage.missed().forEach(item -> html.append("<li class=\"missed\">").append(escape(item.toString()))
                .append("</li>\n"));
        html.append("</ul>\n<h2>Retriers</h2>\n<ul>\n");
        coverage.hits().forEach((item, hits) -> {
            if (item.kind() == CoverageItem.Kind.RETRIER) {
                html.append("<li").append(hits == 0 ? " class=\"missed\"" : "").append(">")
                        .append(escape(item.toString())).append(": ").append(hits).append(" retries</li>\n");
            }
        });
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static Map<String, List<CoverageState>> scopes(StateMachineCoverage coverage) {
        Map<String, List<CoverageState>> scopes = new LinkedHashMap<>();
        coverage.states().forEach(state -> scopes.computeIfAbsent(state.scope(), s -> new ArrayList<>()).add(state));
        return scopes;
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static String cell(CoverageCount count) {
        return String.format(Locale.ROOT, "<td><span class=\"bar\"><span style=\"width:%.0f%%\"></span></span>%s</td>",
                count.ratio() * 100, escape(count.toString()));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
