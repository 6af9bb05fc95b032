package org.synoptic.digest.render;

import java.io.IOException;
import java.util.List;
import org.synoptic.digest.StoryChanges;

/** Writes what changed since an earlier digest as a Markdown section, in German or English. */
public final class ChangesWriter {

    /** Writes the changes; {@code language} selects the labels ({@code en}, else German). */
    public void writeMarkdown(List<StoryChanges> changes, String language, Appendable out) throws IOException {
        boolean de = !"en".equals(language);
        out.append(de ? "# Was sich geändert hat\n\n" : "# What changed\n\n");
        if (changes.isEmpty()) {
            out.append(de ? "Nichts.\n\n---\n\n" : "Nothing.\n\n---\n\n");
            return;
        }
        for (StoryChanges c : changes) {
            out.append("## ").append(c.storyId()).append(c.isNew() ? (de ? " (neue Story)" : " (new story)") : "").append("\n\n");
            list(out, de ? "Neue Berichte" : "New reports", c.newArticles());
            list(out, de ? "Neue Fakten" : "New facts", c.newFacts());
            if (!c.supportChanges().isEmpty()) {
                out.append(de ? "**Geänderte Bestätigung**\n\n" : "**Changed support**\n\n");
                for (StoryChanges.SupportChange s : c.supportChanges()) {
                    out.append("- ").append(MarkdownDigestWriter.esc(s.fact())).append(": ")
                            .append(String.valueOf(s.before())).append(" → ").append(String.valueOf(s.after())).append('\n');
                }
                out.append('\n');
            }
            list(out, de ? "Neue Widersprüche" : "New disagreements", c.newDisagreements());
            list(out, de ? "Aufgelöste Widersprüche" : "Resolved disagreements", c.resolvedDisagreements());
            list(out, de ? "Neue Zitate" : "New quotes", c.newQuotes());
        }
        out.append("---\n\n");
    }

    private static void list(Appendable out, String title, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.append("**").append(title).append("**\n\n");
        for (String item : items) {
            out.append("- ").append(MarkdownDigestWriter.esc(item)).append('\n');
        }
        out.append('\n');
    }
}
