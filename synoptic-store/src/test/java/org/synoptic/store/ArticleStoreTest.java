package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigest;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class ArticleStoreTest {

    static final Path SAMPLES = Path.of(System.getProperty("synoptic.root", "..")).resolve("samples/news");

    @TempDir
    Path dir;

    static List<Article> samples() {
        return new ArticleIngester().ingest(List.of(SAMPLES.toString())).articles();
    }

    static Article article(String id, String url, String title, String text, String outlet, String published, String lang) {
        return new Article(id, "test:" + id, url, title, text, outlet, null, published, lang, Set.of());
    }

    @Test
    void storesTheSamplesAsTheirFourStories() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            IngestResult result = store.ingest(samples());
            assertThat(result.stored()).isEqualTo(17);
            // the store's streaming index places the articles as the batch clusterer does (whose sample gold is
            // SampleDigestTest's business)
            List<List<String>> batch = org.synoptic.cluster.StoryClusterer.defaults().cluster(samples()).stream()
                    .map(org.synoptic.cluster.Story::articleIds).toList();
            assertThat(store.stories()).extracting(StorySummary::articleIds).containsExactlyInAnyOrderElementsOf(batch);
            StorySummary first = store.stories().get(0);
            VersionedDigest digest = store.digest(first.id()).orElseThrow();
            assertThat(digest.version()).isEqualTo(first.articles());
            assertThat(digest.digest().id()).isEqualTo(first.id());
        }
    }

    @Test
    void theSameArticleTwiceIsStoredOnce() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
            IngestResult again = store.ingest(samples());
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(17);
            Article a = article("x1", "https://Example.org/a/", "T", "Ein Text über den Hafen.", "o", null, "de");
            Article sameUrl = article("x2", "https://example.org/a#top", "T2", "Ganz anderer Text.", "o", null, "de");
            Article sameContent = article("x3", null, "T", "Ein  Text über den Hafen.", "o", null, "de");
            IngestResult r = store.ingest(List.of(a, sameUrl, sameContent));
            assertThat(r.outcomes()).extracting(IngestResult.Outcome::status).containsExactly(
                    IngestResult.Status.STORED, IngestResult.Status.DUPLICATE, IngestResult.Status.DUPLICATE);
            assertThat(r.outcomes().get(1).reason()).isEqualTo("same URL");
            assertThat(r.outcomes().get(2).reason()).isEqualTo("same content");
            assertThat(store.articleCount()).isEqualTo(18);
        }
    }

    @Test
    void aTakenIdGetsASuffix() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(List.of(article("a", null, "Eins", "Erster Text.", "o", null, "de")));
            IngestResult r = store.ingest(List.of(article("a", null, "Zwei", "Zweiter Text.", "o", null, "de")));
            assertThat(r.outcomes().get(0).articleId()).isEqualTo("a-2");
        }
    }

    @Test
    void reopeningReplaysTheSameStories() throws Exception {
        List<StorySummary> before;
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
            before = store.stories();
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(17);
            assertThat(store.stories()).extracting(StorySummary::id)
                    .containsExactlyInAnyOrderElementsOf(before.stream().map(StorySummary::id).toList());
            assertThat(store.stories()).extracting(StorySummary::articleIds)
                    .containsExactlyInAnyOrderElementsOf(before.stream().map(StorySummary::articleIds).toList());
            assertThat(store.ingest(samples()).stored()).isZero();
            Article stored = store.article(before.get(0).articleIds().get(0)).orElseThrow().article();
            Article read = samples().stream().filter(a -> a.id().equals(stored.id())).findFirst().orElseThrow();
            assertThat(stored).isEqualTo(read);
        }
    }

    @Test
    void aBridgingArticleMovesTheYoungerStorysArticlesToTheOlderStory() throws Exception {
        Article quarry = article("q1", null, "Quarry collapse near Ashford traps four miners",
                "Quarry collapse near Ashford traps four miners", "o", "2026-06-01T08:00:00Z", "en");
        Article drill = article("q2", null, "Kent rescue teams drill through rubble toward workers",
                "Kent rescue teams drill through rubble toward workers", "o", "2026-06-01T08:10:00Z", "en");
        Article bridge = article("q3", null, "Ashford quarry collapse: Kent rescue teams drill toward four trapped miners",
                "Ashford quarry collapse: Kent rescue teams drill toward four trapped miners", "o", "2026-06-01T08:40:00Z", "en");
        String older;
        try (ArticleStore store = ArticleStore.open(dir)) {
            IngestResult first = store.ingest(List.of(quarry, drill));
            older = first.outcomes().get(0).storyId();
            assertThat(store.storyCount()).isEqualTo(2);

            IngestResult second = store.ingest(List.of(bridge));
            assertThat(second.outcomes().get(0).storyId()).isEqualTo(older);
            assertThat(store.storyCount()).isEqualTo(1);
            assertThat(store.story(older).orElseThrow().articleIds()).containsExactly("q1", "q2", "q3");
            assertThat(store.article("q2").orElseThrow().storyId()).isEqualTo(older);
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertThat(store.stories()).extracting(StorySummary::articleIds).containsExactly(List.of("q1", "q2", "q3"));
            assertThat(store.article("q2").orElseThrow().storyId()).isEqualTo(older);
        }
    }

    @Test
    void anOlderAnalysisIsReindexedFromTheStoredOriginals() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
        }
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(List.of(java.util.Map.entry("synoptic.analysis", "0")));
            writer.commit();
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(17);
            assertThat(store.search(SearchRequest.of("Brücke")).total()).isPositive();
        }
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry("synoptic.analysis", ArticleDocuments.ANALYSIS_VERSION);
            assertThat(reader.numDocs()).isEqualTo(17);
        }
    }

    @Test
    void searchesWithGermanStemmingFiltersFacetsAndPaging() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
            SearchResult r = store.search(SearchRequest.of("Brücke"));
            assertThat(r.total()).isGreaterThan(0);
            assertThat(r.hits().get(0).snippet()).contains("<mark>");
            assertThat(r.facets()).containsKeys("outlet", "language", "story", "entity");
            assertThat(r.facets().get("language")).containsOnlyKeys("de");

            SearchResult all = store.search(new SearchRequest("", null, null, null, null, null, null, 1, 5));
            assertThat(all.total()).isEqualTo(17);
            assertThat(all.hits()).hasSize(5);
            SearchResult page4 = store.search(new SearchRequest("", null, null, null, null, null, null, 4, 5));
            assertThat(page4.hits()).hasSize(2);

            SearchResult en = store.search(new SearchRequest("", null, "en", null, null, null, null, 1, 20));
            assertThat(en.hits()).allMatch(h -> h.language().equals("en"));
            String story = en.hits().get(0).story();
            SearchResult oneStory = store.search(new SearchRequest("", null, null, story, null, null, null, 1, 20));
            assertThat(oneStory.hits()).allMatch(h -> h.story().equals(story));
            assertThat(oneStory.total()).isEqualTo(store.story(story).orElseThrow().articles());

            SearchResult none = store.search(new SearchRequest("", null, null, null, null,
                    LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31), 1, 20));
            assertThat(none.total()).isZero();
        }
    }

    @Test
    void snippetsEscapeMarkup() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(List.of(article("evil", null, "Angriff", "Die Hafenbehörde schrieb <script>alert(1)</script> "
                    + "und <img src=x onerror=alert(2)> in die Meldung über den Hafen.", "o", "2024-01-02", "de")));
            SearchResult r = store.search(SearchRequest.of("Hafen"));
            assertThat(r.hits()).hasSize(1);
            assertThat(r.hits().get(0).snippet()).doesNotContain("<script>").doesNotContain("<img")
                    .contains("&lt;script&gt;");
        }
    }

    @Test
    void aBadQueryIsAnIllegalArgument() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
            assertThatThrownBy(() -> store.search(SearchRequest.of("\"unclosed AND (")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSpellingFindsTheOtherThroughTheCanonicalEntity() throws Exception {
        // The digest's entity merging (synoptic-nlp) decides which spellings are one entity; here a stand-in merges
        // the two transliterations so the test checks the store's part: indexing the merged names for each article.
        DigestBuilder builder = DigestBuilder.standard();
        StoreOptions options = StoreOptions.defaults().withDigestBuilder(material -> {
            StoryDigest d = builder.build(material);
            List<StoryDigest.EntityEntry> entities = new ArrayList<>(d.entities());
            entities.add(new StoryDigest.EntityEntry("Sergej Schoigu", "PERSON", List.of("Schoigu", "Shoigu"),
                    d.articles().stream().map(StoryDigest.ArticleRef::id).toList(), 2));
            return new StoryDigest(d.id(), d.headline(), d.language(), d.articles(), d.summary(), d.facts(),
                    d.disagreements(), d.quotes(), d.citedSources(), entities, d.timeline());
        });
        try (ArticleStore store = ArticleStore.open(dir, options)) {
            String text = "Verteidigungsminister %s traf in Wladiwostok ein. Der Besuch in Wladiwostok dauerte zwei Tage, "
                    + "teilte das Ministerium in Moskau mit. Wladiwostok Besuch Ministerium Verteidigungsminister.";
            store.ingest(List.of(
                    article("ru-1", null, "Minister besucht Wladiwostok", text.formatted("Shoigu"), "A", "2023-09-04", "de"),
                    article("ru-2", null, "Minister in Wladiwostok", text.formatted("Shoigu") + " Zwei Tage.", "B", "2023-09-04", "de")));
            assertThat(store.awaitDigests(Duration.ofSeconds(30))).isTrue();
            SearchResult r = store.search(SearchRequest.of("Schoigu"));
            assertThat(r.hits()).extracting(SearchResult.Hit::article).containsExactlyInAnyOrder("ru-1", "ru-2");
            assertThat(r.facets().get("entity")).containsKey("Sergej Schoigu");
            SearchResult filtered = store.search(new SearchRequest("", null, null, null, "Sergej Schoigu", null, null, 1, 20));
            assertThat(filtered.total()).isEqualTo(2);
        }
    }

    @Test
    void moreLikeThisFindsTheSameStory() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.ingest(samples());
            StorySummary story = store.stories().stream().filter(s -> s.articles() == 5).findFirst().orElseThrow();
            String id = story.articleIds().get(0);
            List<SearchResult.Hit> similar = store.similar(id, 3);
            assertThat(similar).isNotEmpty().noneMatch(h -> h.article().equals(id));
            assertThat(similar.get(0).story()).isEqualTo(story.id());
            assertThat(store.similar("no-such-id", 3)).isEmpty();
        }
    }

    @Test
    void aStaleDigestIsServedWhileTheFreshOneIsComputed() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            List<Article> samples = samples();
            store.ingest(samples.subList(0, 1));
            String story = store.stories().get(0).id();
            assertThat(store.digest(story).orElseThrow().version()).isEqualTo(1);
            store.ingest(samples.subList(1, samples.size()));
            assertThat(store.digest(story)).isPresent();
            assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
            assertThat(store.digest(story).orElseThrow().version()).isEqualTo(store.story(story).orElseThrow().articles());
            assertThat(store.digest("s-unknown")).isEmpty();
        }
    }
}
