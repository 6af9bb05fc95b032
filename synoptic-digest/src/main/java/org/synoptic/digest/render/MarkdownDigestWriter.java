package org.synoptic.digest.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigest.ArticleRef;
import org.synoptic.digest.StoryDigest.Disagreement;
import org.synoptic.digest.StoryDigest.EntityEntry;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.Position;
import org.synoptic.digest.StoryDigest.QuoteEntry;
import org.synoptic.digest.StoryDigest.SourceEntry;
import org.synoptic.digest.StoryDigest.SummarySentence;
import org.synoptic.digest.StoryDigest.TimelineEntry;

/**
 * Writes digests as Markdown for reading in a terminal or a Markdown viewer. Citations are numbered markers
 * ({@code [2]}) that refer to the list of reports at the end of each story. Markdown-significant characters in
 * article text are escaped.
 */
public final class MarkdownDigestWriter implements DigestWriter {

    @Override
    public void write(List<StoryDigest> digests, Map<String, String> articleTexts, Appendable out) throws IOException {
        boolean first = true;
        for (StoryDigest d : digests) {
            if (!first) {
                out.append("\n---\n\n");
            }
            first = false;
            writeStory(d, out);
        }
    }

    private static void writeStory(StoryDigest d, Appendable out) throws IOException {
        Citations cite = new Citations(d);
        Labels l = Labels.of(d.language());
        ReportNames names = new ReportNames(d, l);
        long groups = d.articles().stream().map(ArticleRef::syndicationGroup).distinct().count();
        out.append("# ").append(esc(d.headline())).append("\n\n");
        out.append("*").append(l.text("story")).append(' ').append(d.id()).append(" · ")
                .append(l.count("reports", d.articles().size())).append(" · ").append(l.count("sources", groups))
                .append(" · ").append(l.languagesOf(d)).append("*\n\n");

        out.append("## ").append(l.text("summary")).append("\n\n");
        for (SummarySentence s : d.summary()) {
            out.append("- ").append(esc(s.text())).append(' ').append(markers(s.citations(), cite)).append('\n');
        }
        section(out, l.text("facts"), d.facts().isEmpty());
        if (!d.facts().isEmpty()) {
            out.append("| ").append(l.text("fact")).append(" | ").append(l.text("reports")).append(" | ")
                    .append(l.text("independent")).append(" | ").append(l.text("contradicted.by")).append(" | ")
                    .append(l.text("rests.on")).append(" |\n");
            out.append("|---|---|---|---|---|\n");
            for (Fact f : d.facts()) {
                out.append("| ").append(cell(f.text())).append(" | ").append(markers(f.articles(), cite)).append(" | ")
                        .append(String.valueOf(f.independentSources()))
                        .append(f.sources().isEmpty() ? "" : " (" + cell(String.join(", ",
                                f.sources().stream().map(names::sourceName).toList())) + ")")
                        .append(" | ").append(f.contradictedBy().isEmpty() ? "" : markers(f.contradictedBy(), cite))
                        .append(" | ").append(cell(String.join(", ", f.restsOn()))).append(" |\n");
            }
        }
        section(out, l.text("disagreements"), d.disagreements().isEmpty());
        for (Disagreement dis : d.disagreements()) {
            out.append("**").append(esc(dis.about())).append("**\n\n");
            if (dis.fact() != null) {
                out.append('*').append(l.text("on.fact")).append("* ").append(esc(dis.fact())).append("\n\n");
            }
            for (Position p : dis.positions()) {
                out.append("- ").append(markers(p.articles(), cite)).append(' ');
                if (p.note() != null) {
                    out.append('*').append(esc(l.valueOf("note", p.note()))).append("*: ");
                }
                out.append(esc(p.text())).append('\n');
            }
            out.append('\n');
        }
        section(out, l.text("quotes"), d.quotes().isEmpty());
        for (QuoteEntry q : d.quotes()) {
            out.append("- **").append(q.speaker() == null ? l.text("speaker.unknown") : esc(q.speaker())).append("**");
            if (q.via() != null) {
                out.append(" (").append(l.text("via")).append(' ').append(esc(q.via())).append(')');
            }
            out.append(": ").append(q.direct() ? "„" + esc(q.text()) + "“" : "*" + esc(q.text()) + "*")
                    .append(' ').append(markers(q.articles(), cite)).append('\n');
        }
        section(out, l.text("cited.sources"), d.citedSources().isEmpty());
        for (SourceEntry s : d.citedSources()) {
            out.append("- ").append(esc(s.name())).append(" (").append(esc(l.valueOf("kind", s.kind()))).append("): ")
                    .append(String.valueOf(s.mentions())).append("× in ").append(markers(s.articles(), cite)).append('\n');
        }
        section(out, l.text("entities"), d.entities().isEmpty());
        for (EntityEntry e : d.entities()) {
            out.append("- ").append(esc(e.name())).append(" (").append(esc(l.valueOf("type", e.type()))).append(")");
            List<String> others = e.variants().stream().filter(v -> !v.equals(e.name())).toList();
            if (!others.isEmpty()) {
                out.append("en".equals(l.language()) ? ", also: " : ", auch: ").append(esc(String.join(", ", others)));
            }
            out.append(' ').append(markers(e.articles(), cite)).append('\n');
        }
        section(out, l.text("timeline"), d.timeline().isEmpty());
        for (TimelineEntry t : d.timeline()) {
            out.append("- **").append(l.date(t.date())).append(t.endDate() == null ? "" : " – " + l.date(t.endDate())).append("** ")
                    .append(esc(t.text())).append(' ')
                    .append(markers(t.articles(), cite)).append('\n');
        }
        out.append("\n## ").append(l.text("reports")).append("\n\n");
        for (ArticleRef a : d.articles()) {
            out.append(String.valueOf(cite.number(a.id()))).append(". ").append(esc(a.title() == null ? a.id() : a.title()));
            out.append(" — ").append(esc(names.shortName(a.id())));
            if (a.outlet() == null) {
                out.append(" (").append(l.text("unknown.outlet")).append(')');
            }
            if (a.published() != null) {
                out.append(", ").append(l.date(a.published()));
                if (a.publishedInferred()) {
                    out.append(" (").append(l.text("inferred")).append(')');
                }
            }
            String url = names.originalUrl(a.id());
            out.append(url != null ? " (<" + url.replace(">", "%3E") + ">" : " (`" + a.source().replace("`", "'") + "`");
            if (!a.syndicationGroup().equals(a.id()) && cite.contains(a.syndicationGroup())) {
                out.append("; ").append(l.text("copy.of")).append(" [").append(String.valueOf(cite.number(a.syndicationGroup()))).append("]");
            }
            out.append(")\n");
        }
    }

    private static void section(Appendable out, String title, boolean empty) throws IOException {
        out.append("\n## ").append(title).append("\n\n");
        if (empty) {
            out.append("—\n");
        }
    }

    private static String markers(List<String> articles, Citations cite) {
        return articles.stream().map(cite::number).sorted().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    private static String cell(String text) {
        return esc(text).replace("|", "\\|").replace("\n", " ");
    }

    /** Escapes characters that Markdown would read as markup. */
    static String esc(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
