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
        boolean de = !"en".equals(d.language());
        long groups = d.articles().stream().map(ArticleRef::syndicationGroup).distinct().count();
        out.append("# ").append(esc(d.headline())).append("\n\n");
        out.append("*").append(de ? "Story " : "Story ").append(d.id()).append(" · ").append(String.valueOf(d.articles().size()))
                .append(de ? " Berichte · " : " reports · ").append(String.valueOf(groups))
                .append(de ? " unabhängige Quellen · Sprache " : " independent sources · language ")
                .append(d.language()).append("*\n\n");

        out.append(de ? "## Zusammenfassung\n\n" : "## Summary\n\n");
        for (SummarySentence s : d.summary()) {
            out.append("- ").append(esc(s.text())).append(' ').append(markers(s.citations(), cite)).append('\n');
        }
        section(out, de ? "Fakten" : "Facts", d.facts().isEmpty());
        if (!d.facts().isEmpty()) {
            out.append(de ? "| Fakt | Berichte | Unabhängig | Widersprochen von | Beruht auf |\n"
                    : "| Fact | Reports | Independent | Contradicted by | Rests on |\n");
            out.append("|---|---|---|---|---|\n");
            for (Fact f : d.facts()) {
                out.append("| ").append(cell(f.text())).append(" | ").append(markers(f.articles(), cite)).append(" | ")
                        .append(String.valueOf(f.independentSources()))
                        .append(f.sources().isEmpty() ? "" : " (" + cell(String.join(", ", f.sources())) + ")")
                        .append(" | ").append(f.contradictedBy().isEmpty() ? "" : markers(f.contradictedBy(), cite))
                        .append(" | ").append(cell(String.join(", ", f.restsOn()))).append(" |\n");
            }
        }
        section(out, de ? "Widersprüche" : "Disagreements", d.disagreements().isEmpty());
        for (Disagreement dis : d.disagreements()) {
            out.append("**").append(esc(dis.about())).append("**\n\n");
            if (dis.fact() != null) {
                out.append(de ? "*Zum Fakt:* " : "*On the fact:* ").append(esc(dis.fact())).append("\n\n");
            }
            for (Position p : dis.positions()) {
                out.append("- ").append(markers(p.articles(), cite)).append(' ');
                if (p.note() != null) {
                    out.append('*').append(p.note()).append("*: ");
                }
                out.append(esc(p.text())).append('\n');
            }
            out.append('\n');
        }
        section(out, de ? "Zitate" : "Quotes", d.quotes().isEmpty());
        for (QuoteEntry q : d.quotes()) {
            out.append("- **").append(q.speaker() == null ? (de ? "unbekannt" : "unknown") : esc(q.speaker())).append("**");
            if (q.via() != null) {
                out.append(de ? " (über " : " (via ").append(esc(q.via())).append(')');
            }
            out.append(": ").append(q.direct() ? "„" + esc(q.text()) + "“" : "*" + esc(q.text()) + "*")
                    .append(' ').append(markers(q.articles(), cite)).append('\n');
        }
        section(out, de ? "Zitierte Quellen" : "Cited sources", d.citedSources().isEmpty());
        for (SourceEntry s : d.citedSources()) {
            out.append("- ").append(esc(s.name())).append(" (").append(s.kind()).append("): ")
                    .append(String.valueOf(s.mentions())).append(de ? "× in " : "× in ").append(markers(s.articles(), cite)).append('\n');
        }
        section(out, de ? "Personen, Orte, Organisationen" : "Entities", d.entities().isEmpty());
        for (EntityEntry e : d.entities()) {
            out.append("- ").append(esc(e.name())).append(" (").append(e.type()).append(")");
            List<String> others = e.variants().stream().filter(v -> !v.equals(e.name())).toList();
            if (!others.isEmpty()) {
                out.append(de ? ", auch: " : ", also: ").append(esc(String.join(", ", others)));
            }
            out.append(' ').append(markers(e.articles(), cite)).append('\n');
        }
        section(out, de ? "Zeitleiste" : "Timeline", d.timeline().isEmpty());
        for (TimelineEntry t : d.timeline()) {
            out.append("- **").append(t.date()).append(t.endDate() == null ? "" : " – " + t.endDate()).append("** ")
                    .append(esc(t.text())).append(' ')
                    .append(markers(t.articles(), cite)).append('\n');
        }
        out.append(de ? "\n## Berichte\n\n" : "\n## Reports\n\n");
        for (ArticleRef a : d.articles()) {
            out.append(String.valueOf(cite.number(a.id()))).append(". ").append(esc(a.title() == null ? a.id() : a.title()));
            out.append(" — ").append(a.outlet() == null ? "?" : esc(a.outlet()));
            if (a.published() != null) {
                out.append(", ").append(a.published());
                if (a.publishedInferred()) {
                    out.append(de ? " (erschlossen)" : " (inferred)");
                }
            }
            out.append(" (`").append(a.source().replace("`", "'")).append("`");
            if (!a.syndicationGroup().equals(a.id()) && cite.contains(a.syndicationGroup())) {
                out.append(de ? "; Kopie von " : "; copy of ").append("[").append(String.valueOf(cite.number(a.syndicationGroup()))).append("]");
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
