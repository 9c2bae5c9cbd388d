package dev.orrery.internal.coverage;

import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageState;
import dev.orrery.coverage.StateMachineCoverage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One scope of a state machine drawn as SVG: a box per state, an arrow per transition, coloured by coverage. */
final class GraphSvg {

    private GraphSvg() {}

    static String draw(List<CoverageState> scope, StateMachineCoverage coverage) {
        GraphLayout layout = new GraphLayout(scope, coverage.hits().keySet());
        StringBuilder svg = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(layout.width).append("\" height=\"").append(layout.height).append("\" viewBox=\"0 0 ")
                .append(layout.width).append(' ').append(layout.height).append("\">\n<defs>")
                .append(marker("covered", "#1e8e3e")).append(marker("missed", "#d93025")).append("</defs>\n");
        Map<String, Integer> pairs = new HashMap<>();
        coverage.hits().forEach((item, hits) -> {
            int[] from = layout.centres.get(item.state());
            int[] to = layout.centres.get(item.kind() == CoverageItem.Kind.END ? GraphLayout.END : item.target());
            if (item.isTransition() && from != null && to != null) {
                int repeat = pairs.merge(item.state() + "\u0000" + item.target(), 1, Integer::sum) - 1;
                edge(svg, item, hits, from, to, repeat);
            }
        });
        for (CoverageState state : scope) {
            node(svg, state, coverage, layout.centres.get(state.name()));
        }
        int[] end = layout.centres.get(GraphLayout.END);
        if (end == null) {
            return svg.append("</svg>\n").toString();
        }
        svg.append("<g class=\"end\"><circle cx=\"").append(end[0]).append("\" cy=\"").append(end[1])
                .append("\" r=\"14\"/><text x=\"").append(end[0]).append("\" y=\"").append(end[1] + 4)
                .append("\" text-anchor=\"middle\">End</text></g>\n");
        return svg.append("</svg>\n").toString();
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"arrow-" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"" + colour
                + "\"/></marker>";
    }

    private static void node(StringBuilder svg, CoverageState state, StateMachineCoverage coverage, int[] centre) {
        long hits = coverage.hits(CoverageItem.state(state.name()));
        String css = hits > 0 ? "covered" : "missed";
        int x = centre[0] - GraphLayout.NODE_WIDTH / 2;
        int y = centre[1] - GraphLayout.NODE_HEIGHT / 2;
        svg.append("<g class=\"").append(css).append("\"><title>").append(CoverageHtml.escape(state.name()))
                .append(" (").append(state.type()).append("): ").append(hits).append(" hits</title><rect x=\"")
                .append(x).append("\" y=\"").append(y).append("\" width=\"").append(GraphLayout.NODE_WIDTH)
                .append("\" height=\"").append(GraphLayout.NODE_HEIGHT).append("\" rx=\"8\"/><text x=\"")
                .append(centre[0]).append("\" y=\"").append(centre[1] - 3).append("\" text-anchor=\"middle\">")
                .append(CoverageHtml.escape(shorten(state.name()))).append("</text><text class=\"label\" x=\"")
                .append(centre[0]).append("\" y=\"").append(centre[1] + 13).append("\" text-anchor=\"middle\">")
                .append(state.type()).append(" · ").append(hits).append(hits == 1 ? " hit" : " hits")
                .append(retriers(state.name(), coverage)).append("</text></g>\n");
    }

    private static void edge(StringBuilder svg, CoverageItem item, long hits, int[] from, int[] to, int repeat) {
        String css = hits > 0 ? "covered" : "missed";
        int half = GraphLayout.NODE_HEIGHT / 2;
        int x1 = from[0];
        int y1 = from[1] + half;
        int x2 = to[0];
        int y2 = to[1] - (item.kind() == CoverageItem.Kind.END ? 14 : half);
        int bend = 40 + repeat * 30;
        String d;
        int lx;
        int ly;
        if (y2 > y1) {
            int cx = (x1 + x2) / 2 + repeat * 30;
            d = "M" + x1 + "," + y1 + " Q" + cx + "," + ((y1 + y2) / 2) + " " + x2 + "," + y2;
            lx = cx;
            ly = (y1 + y2) / 2;
        } else {
            int side = Math.max(x1, x2) + GraphLayout.NODE_WIDTH / 2 + bend;
            x1 = from[0] + GraphLayout.NODE_WIDTH / 2;
            y1 = from[1];
            x2 = to[0] + GraphLayout.NODE_WIDTH / 2;
            y2 = to[1];
            d = "M" + x1 + "," + y1 + " C" + side + "," + y1 + " " + side + "," + y2 + " " + x2 + "," + y2;
            lx = side - 10;
            ly = (y1 + y2) / 2;
        }
        svg.append("<path class=\"").append(css).append("\" d=\"").append(d).append("\" marker-end=\"url(#arrow-")
                .append(css).append(")\"><title>").append(CoverageHtml.escape(item.toString())).append(": ")
                .append(hits).append(" hits</title></path><text class=\"label\" x=\"").append(lx + 4)
                .append("\" y=\"").append(ly).append("\">").append(CoverageHtml.escape(label(item, hits)))
                .append("</text>\n");
    }

    /** Return {@code " · retried 1/2"} for a state with retriers: how many of them retried, else nothing. */
    private static String retriers(String state, StateMachineCoverage coverage) {
        int total = 0;
        int retried = 0;
        for (var entry : coverage.hits().entrySet()) {
            if (entry.getKey().kind() == CoverageItem.Kind.RETRIER && entry.getKey().state().equals(state)) {
                total++;
                retried += entry.getValue() > 0 ? 1 : 0;
            }
        }
        return total == 0 ? "" : " · retriers " + retried + "/" + total;
    }

    private static String label(CoverageItem item, long hits) {
        String what = switch (item.kind()) {
            case CHOICE_RULE -> "Choices[" + item.index() + "] ";
            case CHOICE_DEFAULT -> "Default ";
            case CATCH -> "Catch[" + item.index() + "] ";
            default -> "";
        };
        return what + "×" + hits;
    }

    private static String shorten(String name) {
        return name.length() > 28 ? name.substring(0, 27) + "…" : name;
    }
}
