package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/**
 * The deep tier's budget per request and its visible backlog (issue 20): a story whose digest is not ready within
 * the request's budget is answered 503 with {@code Retry-After} while the digest goes on; a stale digest is served at
 * once and says so; {@code /health} and {@code /metrics} show pending and shed digests. The digest's last step blocks
 * until the test releases it, so no assertion depends on the machine's speed.
 */
class RequestBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    private ArticleStore store;
    private SynopticServer server;

    /** The standard digest step behind a gate: each build counts and signals its start; blocks while {@code blocking}. */
    static final class SlowBuilder {
        final AtomicInteger builds = new AtomicInteger();
        final Semaphore started = new Semaphore(0);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean blocking = true;

        StoreOptions options(Duration debounce) {
            DigestBuilder builder = DigestBuilder.standard();
            return FaultIT.options().withDebounce(debounce).withDigestBuilder(material -> {
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

    private void start(StoreOptions options, Duration budget) throws Exception {
        store = ArticleStore.open(dir.resolve("store"), options);
        server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, "t", 1024 * 1024, null, budget)).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Article report(String id, String title, String text, String outlet) {
        return new Article(id, "test:" + id, "https://budget.example/" + id, title, text, outlet, null, "2024-01-02", "de", Set.of());
    }

    static final String HARBOUR = "Der Hafen Kiel wird um zwei Liegeplätze erweitert, teilte die Stadt am Montag mit. Die "
            + "Arbeiten beginnen im Frühjahr und kosten 40 Millionen Euro. Der Hafen erwartet mehr Fähren aus Skandinavien.";

    @Test
    void aStoryWhoseDigestIsNotReadyWithinTheBudgetIsAnswered503WithRetryAfterWhileTheDigestGoesOn() throws Exception {
        SlowBuilder slow = new SlowBuilder();
        start(slow.options(Duration.ofMinutes(10)), Duration.ofMillis(200));
        store.ingest(List.of(report("solo", "Hafen Kiel erweitert", HARBOUR, "Kieler Blatt")));
        String story = store.stories().get(0).id();

        HttpResponse<String> api = get("/api/stories/" + story);
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(api.body()).get("error").get("message").asText()).contains("is being computed");
        slow.awaitStarted();
        HttpResponse<String> page = get("/stories/" + story);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("wird gerade berechnet");
        // the request threads are free: the rest of the server answers while the digest runs
        assertThat(get("/api/stories").statusCode()).isEqualTo(200);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("synoptic_digest_requests_over_budget_total 2\n").contains("synoptic_digests_running 1\n");

        slow.release.countDown();
        assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
        HttpResponse<String> ready = get("/api/stories/" + story);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("X-Digest-Stale")).hasValue("false");
        assertThat(get("/stories/" + story).statusCode()).isEqualTo(200);
        assertThat(slow.builds.get()).as("three requests, one computation").isEqualTo(1);
    }

    @Test
    void aStaleDigestIsServedAtOnceAndSaysSo() throws Exception {
        SlowBuilder slow = new SlowBuilder();
        slow.blocking = false;
        start(slow.options(Duration.ZERO), Duration.ofSeconds(60)); // healthy work is not timed: a generous budget
        store.ingest(List.of(report("first", "Hafen Kiel erweitert", HARBOUR, "Kieler Blatt")));
        String story = store.stories().get(0).id();
        assertThat(get("/api/stories/" + story).headers().firstValue("X-Digest-Version")).hasValue("1");
        slow.started.drainPermits();
        slow.blocking = true;
        store.ingest(List.of(report("second", "Hafen Kiel erweitert", HARBOUR + " Die Stadt rechnet mit Verzögerungen.", "Nordpost")));
        assertThat(store.stories()).hasSize(1);
        slow.awaitStarted(); // the digest of version 2 runs, and blocks

        HttpResponse<String> api = get("/api/stories/" + story);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("X-Digest-Version")).hasValue("1");
        assertThat(api.headers().firstValue("X-Story-Version")).hasValue("2");
        assertThat(api.headers().firstValue("X-Digest-Stale")).hasValue("true");
        assertThat(get("/stories/" + story).body()).contains("Diese Zusammenfassung beruht auf 1 von 2 Berichten");
        slow.release.countDown();
        assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
        assertThat(get("/api/stories/" + story).headers().firstValue("X-Digest-Stale")).hasValue("false");
    }

    @Test
    void healthAndMetricsShowTheBacklogAndWhatWasShed() throws Exception {
        start(FaultIT.options().withDebounce(Duration.ofMinutes(10)).withMaxPendingDigests(2), Duration.ofSeconds(5));
        List<String> titles = List.of("Hafen Kiel erweitert", "Oper Leipzig spielt Mahler", "Hagel in Oberbayern");
        List<String> texts = List.of(HARBOUR,
                "Das Orchester der Oper Leipzig spielt im Sommer Werke von Mahler und Bruckner im Gewandhaus.",
                "Ein Unwetter mit Hagel hat in Oberbayern Dächer und Felder beschädigt, meldet die Feuerwehr Rosenheim.");
        for (int t = 0; t < 3; t++) {
            store.ingest(List.of(report("t" + t + "a", titles.get(t), texts.get(t), "A"),
                    report("t" + t + "b", titles.get(t), texts.get(t) + " " + titles.get(t) + ".", "B")));
        }
        assertThat(store.stories()).hasSize(3);

        JsonNode health = JSON.readTree(HealthAnswer.of(CompletableFuture.completedFuture(store), 2).body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("reason").asText()).isEqualTo("2 digests pending, 1 shed");
        assertThat(health.get("pendingDigests").asInt()).isEqualTo(2);
        assertThat(health.get("shedDigests").asInt()).isEqualTo(1);
        JsonNode served = JSON.readTree(get("/health").body()); // the server's threshold (100) is not reached
        assertThat(served.get("status").asText()).isEqualTo("ok");
        assertThat(served.get("shedDigests").asInt()).isEqualTo(1);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("synoptic_digests_pending 2\n").contains("synoptic_digests_shed_total 1\n")
                .contains("synoptic_digest_growths_coalesced_total 0\n");
    }
}
