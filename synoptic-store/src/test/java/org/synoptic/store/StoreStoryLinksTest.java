package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.cluster.Story;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryLink;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

/**
 * The store links a German and an English story of one event as {@code synoptic cluster} does (the same
 * {@link org.synoptic.cluster.StoryLinker} rules, applied as articles arrive), keeps the link with its evidence across
 * a restart (from the checkpoint, and on a full replay without one), and gives the batch's stories on the bundled
 * samples.
 */
class StoreStoryLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("synoptic.root", ".."));
    private static final Path CROSSLINGUAL = ROOT.resolve("samples/crosslingual");

    @TempDir
    Path dir;

    private static StoreOptions options() {
        return ProbeOptions.ruleBased().withDebounce(Duration.ofDays(1)); // stories, not digests, are tested here
    }

    private static List<Article> read(Path path) {
        return new ArticleIngester().ingest(List.of(path.toString())).articles();
    }

    /** Stories as sets of member ids, each with the member ids in arrival order. */
    private static Set<List<String>> storesStories(ArticleStore store) {
        Set<List<String>> out = new java.util.HashSet<>();
        store.stories().forEach(s -> out.add(s.articleIds()));
        return out;
    }

    private static Set<List<String>> batchStories(List<Article> articles) {
        Set<List<String>> out = new java.util.HashSet<>();
        StoryClusterer.defaults().cluster(articles).forEach(s -> out.add(s.articleIds()));
        return out;
    }

    private static Set<String> languages(ArticleStore store, StorySummary story) {
        Set<String> out = new TreeSet<>();
        story.articleIds().forEach(id -> out.add(store.article(id).orElseThrow().article().language()));
        return out;
    }

    @Test
    void theFerryFireIsOneStoryInBothLanguagesWithItsEvidenceAlsoAfterARestart() throws Exception {
        List<Article> articles = read(CROSSLINGUAL.resolve("news"));
        JsonNode expected = new ObjectMapper().readTree(CROSSLINGUAL.resolve("expected/stories.json").toFile());
        Set<List<String>> batch = batchStories(articles);
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            store.ingest(articles);
            assertLinked(store, expected);
            assertThat(storesStories(store)).isEqualTo(batch);
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            assertThat(store.openReport().replayed()).as("restored from the checkpoint").isZero();
            assertLinked(store, expected);
            assertThat(storesStories(store)).isEqualTo(batch);
        }
        deleteCheckpoints();
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            assertThat(store.openReport().replayed()).as("replayed without a checkpoint").isEqualTo(articles.size());
            assertLinked(store, expected);
            assertThat(storesStories(store)).isEqualTo(batch);
        }
    }

    @Test
    void reportsArrivingOneBatchAtATimeLinkAsOneBatchDoesAndLaterReportsJoinTheLinkedStory() throws Exception {
        List<Article> articles = read(CROSSLINGUAL.resolve("news"));
        Map<String, Article> byId = new TreeMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        // the English wire first, then the unrelated reports, then the two German reports: the German story is
        // founded later, so it is linked into the English one, which keeps its id
        List<Article> order = Stream.of("xl-harbour-wire", "04-lisbon-ledger", "05-alpenbote", "01-ostseekurier",
                "xl-nordpost").map(byId::get).toList();
        try (ArticleStore store = ArticleStore.open(dir, options().withCheckpointEvery(2))) {
            for (Article a : order) {
                store.ingest(List.of(a));
            }
            assertThat(storesStories(store)).isEqualTo(batchStories(order));
            StorySummary ferry = ferry(store);
            assertThat(ferry.id()).isEqualTo(StoryClusterer.storyId("xl-harbour-wire"));
            assertThat(store.links(ferry.id())).singleElement().satisfies(l -> assertThat(l.language()).isEqualTo("de"));
        }
        try (ArticleStore store = ArticleStore.open(dir, options().withCheckpointEvery(2))) {
            // a second German report after the restart goes to the linked story through the German index story
            Article more = new Article("xl-more", "test:xl-more", null, "Fähre „Nordlicht Saga“ wieder im Dienst",
                    byId.get("xl-nordpost").text().replace("sucht die Reederei", "untersucht die Reederei"),
                    "Küstenblatt", null, "2025-10-10T09:00:00Z", "de", null);
            store.ingest(List.of(more));
            StorySummary ferry = ferry(store);
            assertThat(ferry.articleIds()).contains("xl-more", "xl-harbour-wire", "01-ostseekurier");
            assertThat(store.stories()).hasSize(3);
            assertThat(store.links(ferry.id())).hasSize(1);
        }
    }

    @Test
    void theStoreGivesTheBatchsStoriesOnAllSamplesTogether() throws Exception {
        List<Article> articles = new ArrayList<>(read(ROOT.resolve("samples/news")));
        articles.addAll(read(CROSSLINGUAL.resolve("news")));
        Set<List<String>> batch = batchStories(articles);
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            store.ingest(articles);
            assertThat(storesStories(store)).isEqualTo(batch);
            List<StorySummary> linked = store.stories().stream().filter(s -> !store.links(s.id()).isEmpty()).toList();
            assertThat(linked).singleElement().satisfies(s -> assertThat(languages(store, s)).containsExactly("de", "en"));
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            assertThat(storesStories(store)).isEqualTo(batch);
        }
    }

    @Test
    void retentionDropsALinkedStoryWithItsLinks() throws Exception {
        List<Article> articles = read(CROSSLINGUAL.resolve("news"));
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2025-10-10T12:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        try (ArticleStore store = ArticleStore.open(dir, options().withClock(clock))) {
            store.ingest(articles);
            String ferry = ferry(store).id();
            assertThat(store.links(ferry)).hasSize(1);
            now.set(now.get().plus(Duration.ofDays(30)));
            assertThat(store.expire(Duration.ofDays(7))).isEqualTo(3);
            assertThat(store.story(ferry)).isEmpty();
            assertThat(store.links(ferry)).isEmpty();
            // the same reports again found a linked story anew
            store.ingest(articles);
            assertThat(store.links(ferry(store).id())).hasSize(1);
        }
        try (ArticleStore store = ArticleStore.open(dir, options().withClock(clock))) {
            assertThat(store.stories()).hasSize(3);
            assertThat(store.links(ferry(store).id())).hasSize(1);
        }
    }

    private static StorySummary ferry(ArticleStore store) {
        return store.stories().stream().filter(s -> s.articleIds().contains("xl-harbour-wire")).findFirst().orElseThrow();
    }

    private static void assertLinked(ArticleStore store, JsonNode expected) {
        JsonNode gold = expected.get("stories").get(0);
        List<String> ids = new ArrayList<>();
        gold.get("articles").forEach(n -> ids.add(n.asText()));
        StorySummary ferry = ferry(store);
        assertThat(ferry.articleIds()).containsExactlyElementsOf(ids);
        assertThat(ferry.id()).isEqualTo(StoryClusterer.storyId(ids.get(0)));
        assertThat(languages(store, ferry)).containsExactly("de", "en");
        assertThat(store.stories()).hasSize(expected.get("stories").size());
        List<StoryLink> links = store.links(ferry.id());
        assertThat(links).hasSize(1);
        StoryLink link = links.get(0);
        JsonNode goldLink = gold.get("links").get(0);
        assertThat(link.language()).isEqualTo(goldLink.get("language").asText());
        assertThat(link.storyId()).isEqualTo(StoryClusterer.storyId("xl-harbour-wire"));
        assertThat(link.score()).isBetween(StoryClusterer.defaults().linkThreshold(), 1.0);
        goldLink.get("names").forEach(n -> assertThat(link.names()).contains(n.asText()));
        goldLink.get("numbers").forEach(n -> assertThat(link.numbers()).contains(n.asText()));
        goldLink.get("terms").forEach(n -> assertThat(link.terms()).contains(n.asText()));
        for (StorySummary s : store.stories()) {
            if (!s.id().equals(ferry.id())) {
                assertThat(store.links(s.id())).isEmpty();
            }
        }
    }

    private void deleteCheckpoints() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("checkpoint"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
