package org.synoptic.server;

import java.time.Instant;
import java.util.List;
import org.synoptic.store.StorySummary;

/** The Atom feed of the store's stories ({@code /feeds/stories.atom}): the 50 most recently updated. Stateless. */
final class StoriesFeed {

    /** Stories an Atom document lists at most. */
    static final int ENTRIES = 50;

    private StoriesFeed() {
    }

    /**
     * The feed document; every text is escaped for XML ({@link Html#esc}, which also drops characters XML 1.0
     * forbids).
     *
     * @param base    the server's public base URL, from configuration (never from a request's Host)
     * @param stories the stories, the most recently updated first
     */
    static String atom(String base, List<StorySummary> stories) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>Synoptic: Geschichten</title>\n<id>urn:synoptic:stories</id>\n")
                .append("<link rel=\"self\" href=\"").append(Html.esc(base)).append("/feeds/stories.atom\"/>\n")
                .append("<link href=\"").append(Html.esc(base)).append("/\"/>\n<updated>")
                .append(stories.isEmpty() ? Instant.EPOCH : stories.get(0).updated()).append("</updated>\n")
                .append("<author><name>Synoptic</name></author>\n");
        for (StorySummary s : stories.subList(0, Math.min(ENTRIES, stories.size()))) {
            x.append("<entry>\n<title>").append(Html.esc(s.headline())).append("</title>\n<id>urn:synoptic:story:")
                    .append(Html.esc(s.id())).append("</id>\n<link href=\"").append(Html.esc(base)).append("/stories/")
                    .append(Html.esc(Html.url(s.id()))).append("\"/>\n<updated>").append(s.updated()).append("</updated>\n<summary>")
                    .append(Html.esc(s.articles() + " Berichte, " + s.independentSources() + " unabhängige Quellen: "
                            + String.join(", ", s.outlets())))
                    .append("</summary>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }
}
