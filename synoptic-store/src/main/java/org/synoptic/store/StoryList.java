package org.synoptic.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store's stories as a list of {@link StorySummary}s: built from the catalog's heads and the stored digests'
 * headlines, rebuilt when articles arrive and at most once a second when digests change headlines.
 *
 * <p>Thread-safe.
 */
final class StoryList {

    /** Digests refresh the story list at most this often; new articles refresh it at once. */
    private static final long HEADLINE_REFRESH_MILLIS = 1000;

    private final StoreCatalog catalog;
    private final StoredDigests digests;
    private volatile List<StorySummary> built;
    private volatile boolean headlinesChanged;
    private volatile long builtAt;

    StoryList(StoreCatalog catalog, StoredDigests digests) {
        this.catalog = catalog;
        this.digests = digests;
    }

    /** Articles arrived or left: the next read rebuilds the list. */
    void invalidate() {
        built = null;
    }

    /** A digest changed a headline or source count. */
    void headlinesChanged() {
        headlinesChanged = true;
    }

    /** Every story, the most recently updated first, then the larger first. */
    List<StorySummary> stories() {
        List<StorySummary> list = built;
        long now = System.currentTimeMillis();
        if (list == null || (headlinesChanged && now - builtAt >= HEADLINE_REFRESH_MILLIS)) {
            headlinesChanged = false;
            builtAt = now;
            List<StorySummary> all = new ArrayList<>(catalog.storyCount());
            for (String id : catalog.storyIds()) {
                story(id).ifPresent(all::add);
            }
            all.sort(Comparator.comparing(StorySummary::updated).reversed()
                    .thenComparing(Comparator.comparingInt(StorySummary::articles).reversed())
                    .thenComparing(StorySummary::id));
            list = List.copyOf(all);
            built = list;
        }
        return list;
    }

    /** The story with this id, summarised. */
    Optional<StorySummary> story(String id) {
        List<String> ids = catalog.members(id);
        List<ArticleHead> heads = catalog.heads(ids);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Set<String> outlets = new LinkedHashSet<>();
        Instant updated = Instant.EPOCH;
        String latest = null;
        for (ArticleHead h : heads) {
            if (h.outlet() != null) {
                outlets.add(h.outlet());
            }
            updated = h.ingested().isAfter(updated) ? h.ingested() : updated;
            String p = h.published();
            latest = p != null && (latest == null || p.compareTo(latest) > 0) ? p : latest;
        }
        ArticleHead first = heads.get(0);
        Optional<StoredDigests.Head> digest = digests.head(id);
        String headline = digest.map(StoredDigests.Head::headline).filter(h -> !h.isEmpty())
                .orElse(first.title() != null ? first.title() : first.id());
        int independent = digest.map(d -> d.independentSources() + Math.max(0, ids.size() - d.version()))
                .orElse(Math.max(1, outlets.size()));
        return Optional.of(new StorySummary(id, headline, ids.size(), independent, List.copyOf(outlets), updated, latest,
                first.language(), ids));
    }
}
