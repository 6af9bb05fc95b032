package org.synoptic.digest.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigest.ArticleRef;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.SourceEntry;

/**
 * The story's pictures as inline SVG, made on the server: a support bar per fact, the coverage timeline and the
 * who-cites-whom graph. No scripts and no external resources; each picture is {@code role="img"} with a
 * {@code <title>} and a {@code <desc>} that say in words what it shows, and each mark has its own {@code <title>}.
 *
 * <p>Stateless; all text is escaped.
 */
final class CoverageCharts {

    private static final String INDEPENDENT = "#2f7d32";
    private static final String SAME_SOURCE = "#9cc59e";
    private static final String CONTRADICTING = "#8a1c1c";
    private static final int MAX_SOURCES_PER_COLUMN = 12;

    private CoverageCharts() {
    }

    /**
     * A bar of the fact's reports: independent sources, further reports resting on one of them (copies, the same
     * agency), contradicting reports, one unit each, on a scale of the story's reports.
     */
    static String supportBar(Fact f, int storyReports, Labels l) {
        int independent = f.independentSources();
        int same = Math.max(0, f.articles().size() - independent);
        int against = f.contradictedBy().size();
        String words = l.count("sources", independent) + ", " + l.count("same.source", same) + ", "
                + l.count("contradicting", against);
        double unit = 120.0 / Math.max(1, Math.max(storyReports, independent + same + against));
        StringBuilder b = new StringBuilder("<svg class=\"bar\" role=\"img\" aria-label=\"").append(esc(words))
                .append("\" width=\"120\" height=\"10\" viewBox=\"0 0 120 10\"><title>").append(esc(words)).append("</title>")
                .append("<rect width=\"120\" height=\"10\" fill=\"#eee\"/>");
        double x = 0;
        x = segment(b, x, independent * unit, INDEPENDENT);
        x = segment(b, x, same * unit, SAME_SOURCE);
        segment(b, x, against * unit, CONTRADICTING);
        return b.append("</svg>").toString();
    }

    private static double segment(StringBuilder b, double x, double width, String colour) {
        if (width > 0) {
            b.append("<rect x=\"").append(num(x)).append("\" width=\"").append(num(width - 1))
                    .append("\" height=\"10\" fill=\"").append(colour).append("\"/>");
        }
        return x + width;
    }

    /** Reports over time, one row per outlet, and below them when each fact was first reported. */
    static String coverageTimeline(StoryDigest d, ReportNames names, Labels l, String id) {
        Map<String, List<ArticleRef>> rows = new LinkedHashMap<>();
        for (ArticleRef a : d.articles()) {
            rows.computeIfAbsent(names.outlet(a.id()), k -> new ArrayList<>()).add(a);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        String minIso = null;
        String maxIso = null;
        for (ArticleRef a : d.articles()) {
            Long t = epochMillis(a.published());
            if (t != null && t < min) {
                min = t;
                minIso = a.published();
            }
            if (t != null && t > max) {
                max = t;
                maxIso = a.published();
            }
        }
        int left = 150;
        int width = 640;
        int plot = width - left - 90; // room on the right for the undated reports
        int rowHeight = 22;
        int height = 30 + rowHeight * (rows.size() + 1) + 20;
        StringBuilder desc = new StringBuilder(l.text("chart.coverage.desc"));
        StringBuilder b = new StringBuilder("<svg class=\"chart timeline\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-t ").append(id).append("-d\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
                .append("<title id=\"").append(id).append("-t\">").append(esc(l.text("chart.coverage"))).append("</title>");
        StringBuilder marks = new StringBuilder();
        int y = 30;
        final long from = min;
        final long span = Math.max(1, max - min);
        boolean anyDated = min != Long.MAX_VALUE;
        for (var row : rows.entrySet()) {
            marks.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(esc(clip(row.getKey(), 22))).append("</text>")
                    .append("<line x1=\"").append(left).append("\" x2=\"").append(left + plot).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>");
            desc.append(' ').append(row.getKey()).append(':');
            int undated = 0;
            for (ArticleRef a : row.getValue()) {
                Long t = epochMillis(a.published());
                double x = t == null ? left + plot + 30 + 12 * undated++ : left + (max == min ? plot / 2.0 : (t - from) * (double) plot / span);
                String label = names.shortName(a.id()) + " · " + names.title(a.id());
                marks.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(y).append("\" r=\"6\" fill=\"")
                        .append(t == null ? "#999" : "#2f5f8a").append("\"><title>").append(esc(label)).append("</title></circle>");
                desc.append(' ').append(a.published() == null ? l.text("chart.undated") : l.date(a.published())).append(';');
            }
            y += rowHeight;
        }
        // facts: when each was first reported
        marks.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                .append(esc(l.text("facts"))).append("</text>");
        for (int i = 0; i < d.facts().size(); i++) {
            Fact f = d.facts().get(i);
            Long first = null;
            String firstIso = null;
            for (String article : f.articles()) {
                ArticleRef a = names.article(article);
                Long t = a == null ? null : epochMillis(a.published());
                if (t != null && (first == null || t < first)) {
                    first = t;
                    firstIso = a.published();
                }
            }
            if (first == null || !anyDated) {
                continue;
            }
            double x = left + (max == min ? plot / 2.0 : (first - from) * (double) plot / span);
            String label = l.text("fact") + " " + (i + 1) + ": " + clip(f.text(), 90) + " — " + l.text("chart.first.reported")
                    + " " + l.date(firstIso);
            marks.append("<path d=\"M").append(num(x)).append(' ').append(y - 6).append(" l5 6 l-5 6 l-5 -6z\" fill=\"")
                    .append(INDEPENDENT).append("\" fill-opacity=\"0.6\"><title>").append(esc(label)).append("</title></path>");
            desc.append(' ').append(l.text("fact")).append(' ').append(i + 1).append(": ")
                    .append(l.text("chart.first.reported")).append(' ').append(l.date(firstIso)).append(';');
        }
        y += 24;
        if (anyDated) {
            marks.append("<text x=\"").append(left).append("\" y=\"").append(y).append("\">")
                    .append(esc(l.date(minIso))).append("</text>");
            if (max > min) {
                marks.append("<text x=\"").append(left + plot).append("\" y=\"").append(y).append("\" text-anchor=\"end\">")
                        .append(esc(l.date(maxIso))).append("</text>");
            }
        }
        return b.append("<desc id=\"").append(id).append("-d\">").append(esc(desc.toString())).append("</desc>")
                .append(marks).append("</svg>").toString();
    }

    /**
     * Who cites whom: the reports (syndicated copies drawn as one), the outlets and agencies they rest on or cite,
     * and the authorities, officials, experts and anonymous sources they cite.
     */
    static String citationGraph(StoryDigest d, ReportNames names, Labels l, String id) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ArticleRef a : d.articles()) {
            groups.computeIfAbsent(a.syndicationGroup(), k -> new ArrayList<>()).add(a.id());
        }
        Map<String, Set<String>> middle = new LinkedHashMap<>(); // name -> citing groups
        Map<String, Set<String>> right = new LinkedHashMap<>();
        for (ArticleRef a : d.articles()) {
            for (String agency : a.basedOn()) {
                middle.computeIfAbsent(agency, k -> new LinkedHashSet<>()).add(a.syndicationGroup());
            }
        }
        for (SourceEntry s : d.citedSources()) {
            boolean outletLike = s.kind().equals("outlet") || s.kind().equals("agency");
            Map<String, Set<String>> column = outletLike ? middle : right;
            if (!column.containsKey(s.name()) && column.size() >= MAX_SOURCES_PER_COLUMN) {
                continue; // cited sources come most cited first: the rest are listed in the table below
            }
            for (String article : s.articles()) {
                ArticleRef a = names.article(article);
                if (a != null) {
                    column.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).add(a.syndicationGroup());
                }
            }
        }
        int rowHeight = 24;
        int rows = Math.max(groups.size(), Math.max(middle.size(), right.size()));
        int height = 40 + rows * rowHeight;
        int[] xs = {10, 250, 470};
        StringBuilder desc = new StringBuilder(l.text("chart.cites.desc"));
        StringBuilder b = new StringBuilder("<svg class=\"chart graph\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-t ").append(id).append("-d\" width=\"700\" height=\"").append(height)
                .append("\" viewBox=\"0 0 700 ").append(height).append("\"><title id=\"").append(id).append("-t\">")
                .append(esc(l.text("chart.cites"))).append("</title>");
        StringBuilder body = new StringBuilder();
        String[] heads = {l.text("chart.col.reports"), l.text("chart.col.outlets"), l.text("chart.col.officials")};
        for (int c = 0; c < 3; c++) {
            body.append("<text class=\"head\" x=\"").append(xs[c]).append("\" y=\"14\">").append(esc(heads[c])).append("</text>");
        }
        Map<String, Integer> groupY = new LinkedHashMap<>();
        int y = 36;
        for (var g : groups.entrySet()) {
            String name = names.shortName(g.getValue().get(0));
            String label = g.getValue().size() > 1 ? name + " (+" + l.count("copies", g.getValue().size() - 1) + ")" : name;
            groupY.put(g.getKey(), y);
            body.append(node(xs[0], y, clip(label, 34), label + " · " + names.title(g.getValue().get(0)), "#2f5f8a"));
            y += rowHeight;
        }
        StringBuilder edges = new StringBuilder();
        for (int c = 1; c < 3; c++) {
            Map<String, Set<String>> column = c == 1 ? middle : right;
            y = 36;
            for (var s : column.entrySet()) {
                body.append(node(xs[c], y, clip(s.getKey(), c == 1 ? 28 : 32), s.getKey(), c == 1 ? "#b07d12" : "#6b6b6b"));
                for (String group : s.getValue()) {
                    int from = groupY.get(group);
                    edges.append("<line x1=\"").append(xs[0] + 215).append("\" y1=\"").append(from - 4).append("\" x2=\"")
                            .append(xs[c] - 6).append("\" y2=\"").append(y - 4).append("\" stroke=\"#999\" stroke-opacity=\"0.6\"/>");
                    desc.append(' ').append(names.shortName(groups.get(group).get(0))).append(' ')
                            .append(l.text("chart.cites.edge")).append(' ').append(s.getKey()).append('.');
                }
                y += rowHeight;
            }
        }
        return b.append("<desc id=\"").append(id).append("-d\">").append(esc(desc.toString())).append("</desc>")
                .append(edges).append(body).append("</svg>").toString();
    }

    private static String node(int x, int y, String text, String title, String colour) {
        return "<g><title>" + esc(title) + "</title><circle cx=\"" + (x + 4) + "\" cy=\"" + (y - 4) + "\" r=\"4\" fill=\""
                + colour + "\"/><text x=\"" + (x + 12) + "\" y=\"" + y + "\">" + esc(text) + "</text></g>";
    }

    /** A publication date in epoch milliseconds (a date or month from its first instant, UTC), or {@code null}. */
    static Long epochMillis(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String p = iso.strip();
        try {
            if (p.length() == 7) {
                return YearMonth.parse(p).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (p.length() == 10) {
                return LocalDate.parse(p).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(p.endsWith("Z") ? p.substring(0, p.length() - 1) + "+00:00" : p)
                        .toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return HtmlEscaper.escape(text);
    }
}
