package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.ChangeDetector;
import org.synoptic.digest.StoryChanges;
import org.synoptic.model.Article;

/** A story's earlier digests are kept, across a restart, so "what changed since N" compares whole digests. */
@Tag("corenlp")
class DigestHistoryTest {

    @TempDir
    Path dir;

    @Test
    void theDigestOfAnEarlierVersionIsKeptAndComparesWithTheCurrentOne() throws Exception {
        List<Article> samples = ArticleStoreTest.samples();
        String storyId;
        String lastId;
        int before;
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples);
            StorySummary biggest = store.stories().stream().max(Comparator.comparingInt(StorySummary::articles)).orElseThrow();
            lastId = biggest.articleIds().get(biggest.articles() - 1);
            before = biggest.articles() - 1;
        }
        // again, without the biggest story's last report: its digest then, then the report and its digest now
        Path fresh = dir.resolve("fresh");
        List<Article> first = new ArrayList<>(samples);
        Article last = samples.stream().filter(a -> a.id().equals(lastId)).findFirst().orElseThrow();
        first.remove(last);
        try (ArticleStore store = ArticleStore.open(fresh, StoreOptions.defaults().withDebounce(java.time.Duration.ZERO))) {
            store.ingest(first);
            storyId = store.stories().stream().filter(s -> s.articles() == before).findFirst().orElseThrow().id();
            assertThat(store.digest(storyId).orElseThrow().version()).isEqualTo(before);
            store.ingest(List.of(last));
            assertThat(store.story(storyId).orElseThrow().articleIds()).contains(lastId);
            store.digest(storyId); // the stored one, and the new one scheduled
            assertThat(store.awaitDigests(java.time.Duration.ofMinutes(5))).isTrue();
            assertThat(store.digest(storyId).orElseThrow().version()).isEqualTo(before + 1);
            assertThat(store.digestAt(storyId, before).orElseThrow().version()).isEqualTo(before);
            assertThat(store.digestAt(storyId, before - 1)).as("older than any kept").isEmpty();
        }
        try (ArticleStore store = ArticleStore.open(fresh)) {
            VersionedDigest then = store.digestAt(storyId, before).orElseThrow();
            VersionedDigest now = store.digestAt(storyId, before + 1).orElseThrow();
            assertThat(then.version()).isEqualTo(before);
            assertThat(now.version()).isEqualTo(before + 1);
            StoryChanges changes = new ChangeDetector().compare(then.digest(), now.digest());
            assertThat(changes.newArticles()).containsExactly(lastId);
        }
    }
}
