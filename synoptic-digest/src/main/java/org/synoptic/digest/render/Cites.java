package org.synoptic.digest.render;

import java.util.Map;

/**
 * Citation links of one story on an HTML page: the outlet's short name, linking to the report's evidence mark (or to
 * the report when no evidence is known), with a tip that shows the report's title, its local time and the evidence
 * sentence on hover and on keyboard focus (CSS only). Immutable; one per story rendered.
 */
final class Cites {

    private final String prefix;
    private final ReportNames names;
    private final Citations numbers;
    private final EvidenceMarks marks;
    private final Map<String, String> texts;

    Cites(String prefix, ReportNames names, Citations numbers, EvidenceMarks marks, Map<String, String> texts, Labels labels) {
        this.prefix = prefix;
        this.names = names;
        this.numbers = numbers;
        this.marks = marks;
        this.texts = texts;
    }

    /** A citation of {@code article}; {@code evidenceStart} is the start of its evidence mark, or -1 for none. */
    String link(String article, int evidenceStart) {
        int n = numbers.number(article);
        String target = prefix + "a" + n + (evidenceStart >= 0 ? "-" + evidenceStart : "");
        String name = names.shortName(article);
        String title = names.title(article);
        String evidence = evidenceStart >= 0 ? marks.textAt(article, texts.get(article), evidenceStart) : null;
        StringBuilder b = new StringBuilder("<a class=\"cite\" href=\"#").append(target).append("\" title=\"")
                .append(HtmlEscaper.escape(title)).append("\">").append(HtmlEscaper.escape(name))
                .append("<span class=\"tip\" aria-hidden=\"true\"><b>").append(HtmlEscaper.escape(name)).append("</b> · ")
                .append(HtmlEscaper.escape(title));
        if (evidence != null) {
            b.append("<q>").append(HtmlEscaper.escape(evidence)).append("</q>");
        }
        return b.append("</span></a>").toString();
    }

    /**
     * The count of further citations ("+3"), linking to the first one's evidence, with their outlets' names on hover
     * and focus and in its title.
     */
    String more(java.util.List<String> articles, int firstEvidenceStart) {
        int n = numbers.number(articles.get(0));
        String target = prefix + "a" + n + (firstEvidenceStart >= 0 ? "-" + firstEvidenceStart : "");
        String list = String.join(", ", articles.stream().map(names::shortName).toList());
        return "<a class=\"cites-more\" href=\"#" + target + "\" title=\"" + HtmlEscaper.escape(list) + "\">+"
                + articles.size() + "<span class=\"tip\" aria-hidden=\"true\">" + HtmlEscaper.escape(list) + "</span></a>";
    }

    /** A link to the original report, opened without passing this page as referrer. */
    static String original(String url, String text, String outlet, Labels l) {
        return "<a class=\"orig\" rel=\"noopener noreferrer nofollow\" href=\"" + HtmlEscaper.escape(url) + "\" title=\""
                + HtmlEscaper.escape(l.text("original") + ": " + outlet) + "\">" + HtmlEscaper.escape(text) + "</a>";
    }
}
