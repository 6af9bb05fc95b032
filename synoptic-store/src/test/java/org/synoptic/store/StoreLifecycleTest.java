package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

/**
 * What a store keeps across restarts and time, with the rule-based deep tier: digests and analyses persisted per story
 * version, the deep tier only for stories of two or more reports, grouped commits, retention by an injected clock.
 */
class StoreLifecycleTest {

    @TempDir
    Path dir;

    static StoreOptions options() {
        return ProbeOptions.ruleBased().withDebounce(Duration.ZERO);
    }

    @Test
    void digestsAndAnalysesSurviveARestartAndAreNotRecomputed() throws Exception {
        List<StorySummary> before;
        String analysed;
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            store.ingest(ArticleStoreTest.samples());
            assertThat(store.awaitDigests(Duration.ofSeconds(120))).isTrue();
            before = store.stories();
            assertThat(store.counters().digests()).as("stories of two or more reports: %s", before)
                    .isEqualTo(before.stream().filter(s -> s.articles() >= 2).count());
            analysed = before.get(0).articleIds().get(0);
            assertThat(store.analysis(analysed)).isPresent();
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            assertThat(store.counters().pendingDigests()).isZero();
            for (StorySummary s : before.stream().filter(s -> s.articles() >= 2).toList()) {
                VersionedDigest d = store.digest(s.id()).orElseThrow();
                assertThat(d.version()).isEqualTo(s.articles());
                assertThat(d.digest().id()).isEqualTo(s.id());
            }
            assertThat(store.stories()).extracting(StorySummary::headline)
                    .containsExactlyInAnyOrderElementsOf(before.stream().map(StorySummary::headline).toList());
            assertThat(store.analysis(analysed).orElseThrow().article().id()).isEqualTo(analysed);
            assertThat(store.awaitDigests(Duration.ofSeconds(5))).isTrue();
            assertThat(store.counters().digests()).as("digests computed after reopening").isZero();
        }
    }

    @Test
    void aOneReportStoryIsDigestedOnlyWhenAskedFor() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            store.ingest(List.of(ArticleStoreTest.article("solo", null, "Hafen Kiel erweitert",
                    "Der Hafen Kiel wird erweitert, teilte die Stadt mit.", "o", "2024-01-02", "de")));
            assertThat(store.awaitDigests(Duration.ofSeconds(5))).isTrue();
            assertThat(store.counters().digests()).isZero();
            assertThat(store.analysis("solo")).isEmpty();
            String story = store.stories().get(0).id();
            assertThat(store.digest(story).orElseThrow().version()).isEqualTo(1);
            assertThat(store.counters().digests()).isEqualTo(1);
            assertThat(store.analysis("solo")).isPresent();
        }
    }

    @Test
    void concurrentSmallBatchesShareCommitsAndAllSurvive() throws Exception {
        int threads = 8;
        int perThread = 25;
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String id = "c-" + thread + "-" + i;
                        store.ingest(List.of(ArticleStoreTest.article(id, "https://c.example/" + id, "Meldung " + id,
                                "Text der Meldung " + id + " über Wetter " + thread + " und Zahl " + i + ".", "o", null, "de")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(store.articleCount()).isEqualTo(threads * perThread);
            assertThat(store.counters().commits()).as("commits for %d batches", threads * perThread)
                    .isLessThan(threads * perThread);
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            assertThat(store.articleCount()).isEqualTo(threads * perThread);
        }
    }

    @Test
    void retentionDropsStoriesWhoseLastReportIsOlderWithTheirArticles() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        List<Article> samples = ArticleStoreTest.samples();
        try (ArticleStore store = ArticleStore.open(dir, options().withClock(clock))) {
            store.ingest(samples.subList(0, 8));
            clock.now = clock.now.plus(Duration.ofDays(60));
            store.ingest(samples.subList(8, samples.size()));
            List<String> oldOnly = store.stories().stream()
                    .filter(s -> s.updated().equals(Instant.parse("2024-01-01T00:00:00Z"))).map(StorySummary::id).toList();
            List<String> kept = store.stories().stream().map(StorySummary::id).filter(id -> !oldOnly.contains(id)).toList();
            assertThat(oldOnly).isNotEmpty();
            clock.now = clock.now.plus(Duration.ofDays(40));
            assertThat(store.expire(Duration.ofDays(90))).isEqualTo(oldOnly.size());
            assertThat(store.stories()).extracting(StorySummary::id).containsExactlyInAnyOrderElementsOf(kept);
            long left = store.stories().stream().mapToLong(StorySummary::articles).sum();
            assertThat(store.articleCount()).isEqualTo(left);
            assertThat(store.search(new SearchRequest("", null, null, null, null, null, null, 1, 20)).total()).isEqualTo(left);
            assertThat(store.expire(Duration.ofDays(90))).isZero();
        }
        try (ArticleStore store = ArticleStore.open(dir, options().withClock(clock))) {
            assertThat(store.articleCount()).isLessThan(samples.size());
        }
    }

    @Test
    void retentionAgesAReportByItsPublicationDateNotByWhenItWasStored() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        Article archived = new Article("archiv-1", "test:archiv-1", null, "Archiv", "Das Hochwasser des Jahres 2021 "
                + "überflutete die Altstadt von Kesselbach; die Schäden wurden auf 40 Millionen Euro geschätzt.",
                "Kreisbote", null, "2021-07-16T10:00:00Z", "de", null);
        Article fresh = new Article("neu-1", "test:neu-1", null, "Neu", "Die Brauerei am Markt von Kesselbach feiert "
                + "ihr hundertjähriges Bestehen mit einem Fest auf dem Rathausplatz.", "Kreisbote", null,
                "2026-05-30T10:00:00Z", "de", null);
        try (ArticleStore store = ArticleStore.open(dir, options().withClock(clock))) {
            store.ingest(List.of(archived, fresh));
            assertThat(store.expire(Duration.ofDays(90))).isEqualTo(1);
            assertThat(store.article("archiv-1")).isEmpty();
            assertThat(store.article("neu-1")).isPresent();
        }
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
