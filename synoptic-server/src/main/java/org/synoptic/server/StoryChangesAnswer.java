package org.synoptic.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synoptic.digest.ChangeDetector;
import org.synoptic.digest.StoryChanges;
import org.synoptic.store.StoredArticle;
import org.synoptic.store.StoryRepository;
import org.synoptic.store.StorySummary;
import org.synoptic.store.VersionedDigest;

/**
 * The answer of {@code GET /api/stories/{id}/changes?since=N}: the reports added after the story's first {@code N},
 * and the whole digest's changes since the digest it had at {@code N} reports (new facts, facts whose independent
 * support changed, new and resolved disagreements, new quotes; {@link ChangeDetector}), or {@code digest: null} when
 * no digest of then or of now is stored. Stateless.
 */
final class StoryChangesAnswer {

    private StoryChangesAnswer() {
    }

    static Map<String, Object> of(StoryRepository store, String id, int since) {
        StorySummary story = store.story(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
        List<Map<String, Object>> added = new ArrayList<>();
        for (String articleId : story.articleIds().subList(Math.min(since, story.articles()), story.articles())) {
            StoredArticle a = store.article(articleId).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", a.article().title());
            m.put("outlet", a.article().outlet());
            m.put("published", a.article().published());
            m.put("language", a.article().language());
            m.put("ingested", a.ingested().toString());
            added.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("story", id);
        body.put("since", since);
        body.put("version", story.version());
        body.put("changed", !added.isEmpty());
        body.put("headline", story.headline());
        body.put("added", added);
        body.put("digest", digestChanges(store, id, since));
        return body;
    }

    /**
     * The whole digest's changes since version {@code since}: the stored digest of then (the latest built for at most
     * that many reports) against the stored digest of now, or {@code null} when either is not stored.
     */
    private static Map<String, Object> digestChanges(StoryRepository store, String storyId, int since) {
        Optional<VersionedDigest> now = store.storedDigest(storyId);
        Optional<VersionedDigest> then = since == 0 ? Optional.empty() : store.digestAt(storyId, since);
        if (now.isEmpty() || since > 0 && then.isEmpty()) {
            return null;
        }
        StoryChanges c = new ChangeDetector()
                .compare(then.map(VersionedDigest::digest).orElse(null), now.get().digest());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", then.map(VersionedDigest::version).orElse(0));
        m.put("to", now.get().version());
        m.put("newFacts", c.newFacts());
        m.put("supportChanges", c.supportChanges().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fact", s.fact());
            x.put("before", s.before());
            x.put("after", s.after());
            return x;
        }).toList());
        m.put("newDisagreements", c.newDisagreements());
        m.put("resolvedDisagreements", c.resolvedDisagreements());
        m.put("newQuotes", c.newQuotes());
        return m;
    }
}
