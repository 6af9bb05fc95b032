package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.model.Article;

/**
 * {@link ArticleStore#digest(String, Duration)}: a request waits for the deep tier at most its budget. The digest's
 * last step blocks until the test releases it, so the budget runs out whatever the machine's speed, and nothing is
 * timed.
 */
class DigestBudgetTest {

    @TempDir
    Path dir;

    /** The standard digest step behind a gate: each build counts, signals its start, and waits for the release. */
    static final class SlowBuilder {
        final AtomicInteger builds = new AtomicInteger();
        final Semaphore started = new Semaphore(0);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean blocking = true;

        StoreOptions options() {
            DigestBuilder builder = DigestBuilder.standard();
            return ProbeOptions.ruleBased().withDebounce(Duration.ZERO).withDigestBuilder(material -> {
                builds.incrementAndGet();
                started.release();
                try {
                    if (blocking) {
                        release.await();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return builder.build(material);
            });
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.tryAcquire(60, TimeUnit.SECONDS)).as("a digest started").isTrue();
        }
    }

    static Article report(String id, String extra) {
        return ArticleStoreTest.article(id, "https://budget.example/" + id, "Hafen Kiel wird erweitert",
                "Der Hafen Kiel wird um zwei Liegeplätze erweitert, teilte die Stadt am Montag mit. Die Arbeiten beginnen "
                        + "im Frühjahr und kosten 40 Millionen Euro. Der Hafen erwartet mehr Fähren aus Skandinavien." + extra,
                "Kieler Blatt", "2024-01-02", "de");
    }

    @Test
    void aDigestNotReadyWithinTheBudgetIsAnsweredPendingAndComputedOnceInTheBackground() throws Exception {
        SlowBuilder slow = new SlowBuilder();
        try (ArticleStore store = ArticleStore.open(dir, slow.options())) {
            store.ingest(List.of(report("solo", "")));
            String story = store.stories().get(0).id();
            assertThatThrownBy(() -> store.digest(story, Duration.ofMillis(100)))
                    .isInstanceOfSatisfying(DigestPendingException.class, e -> {
                        assertThat(e.storyId()).isEqualTo(story);
                        assertThat(e.refused()).isFalse();
                        assertThat(e.getMessage()).contains("is being computed");
                    });
            slow.awaitStarted();
            assertThatThrownBy(() -> store.digest(story, Duration.ofMillis(100))).isInstanceOf(DigestPendingException.class);
            assertThat(store.counters().runningDigests()).isEqualTo(1);
            slow.release.countDown();
            assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
            assertThat(slow.builds.get()).as("two requests, one computation").isEqualTo(1);
            // stored now: answered at once, even with no budget at all
            assertThat(store.digest(story, Duration.ZERO).orElseThrow().version()).isEqualTo(1);
            assertThat(store.analysis("solo")).isPresent();
            assertThat(store.digest("s-unknown", Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void aStaleDigestIsServedAtOnceWhileTheCurrentOneIsComputed() throws Exception {
        SlowBuilder slow = new SlowBuilder();
        slow.blocking = false;
        try (ArticleStore store = ArticleStore.open(dir, slow.options())) {
            store.ingest(List.of(report("first", "")));
            String story = store.stories().get(0).id();
            assertThat(store.digest(story, Duration.ofSeconds(60)).orElseThrow().version()).isEqualTo(1);
            slow.started.drainPermits();
            slow.blocking = true;
            store.ingest(List.of(report("second", " Die Stadt rechnet mit Verzögerungen.")));
            assertThat(store.stories()).hasSize(1);
            slow.awaitStarted(); // the background digest of version 2 runs, and blocks
            VersionedDigest served = store.digest(story, Duration.ZERO).orElseThrow();
            assertThat(served.version()).as("the stale version, at once").isEqualTo(1);
            assertThat(store.story(story).orElseThrow().version()).isEqualTo(2);
            slow.release.countDown();
            assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
            assertThat(store.digest(story, Duration.ZERO).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void aFullDigestQueueShedsTheStoryThatGrewLongestAgoAndCountsIt() throws Exception {
        StoreOptions options = ProbeOptions.ruleBased().withDebounce(Duration.ofMinutes(10)).withMaxPendingDigests(2);
        try (ArticleStore store = ArticleStore.open(dir, options)) {
            List<String> topics = List.of(
                    "Der Hafen Kiel wird um zwei Liegeplätze erweitert, teilte die Stadt mit. Fähren aus Skandinavien.",
                    "Das Orchester der Oper Leipzig spielt im Sommer Werke von Mahler und Bruckner im Gewandhaus.",
                    "Ein Unwetter mit Hagel hat in Oberbayern Dächer und Felder beschädigt, meldet die Feuerwehr Rosenheim.");
            List<String> titles = List.of("Hafen Kiel erweitert", "Oper Leipzig spielt Mahler", "Hagel in Oberbayern");
            for (int t = 0; t < topics.size(); t++) {
                String title = titles.get(t);
                store.ingest(List.of(
                        ArticleStoreTest.article("t" + t + "a", "https://shed.example/" + t + "a", title, topics.get(t),
                                "A", "2024-01-02", "de"),
                        ArticleStoreTest.article("t" + t + "b", "https://shed.example/" + t + "b", title,
                                topics.get(t) + " " + title + ".", "B", "2024-01-02", "de")));
            }
            assertThat(store.stories()).hasSize(3);
            StoreCounters c = store.counters();
            assertThat(c.pendingDigests()).isEqualTo(2);
            assertThat(c.shedDigests()).isEqualTo(1);
            // the shed story has no digest; asked for, it is computed on demand, past the queue
            String shed = store.article("t0a").orElseThrow().storyId();
            assertThat(store.digest(shed, Duration.ofSeconds(60)).orElseThrow().version()).isEqualTo(2);
        }
    }
}
