package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreCounters;
import org.synoptic.store.StorySummary;

/**
 * Load on 127.0.0.1, bounded in time: with {@value #PRELOADED} articles stored, {@value #READERS} clients read story
 * pages, story JSON, the story list and search while one writer posts new articles through the API in batches of 50
 * for {@code WRITE_TIME} (at most {@value #MAX_INGESTED} articles). Reports p50/p99 latency per kind, the errors, and
 * whether the background digests keep up or are shed visibly (pending when the load ends, shed, and how long until
 * none is) to {@code target/load-report.txt}. A story page or story JSON answered 503 with {@code Retry-After} (its
 * digest was not ready within the request budget, and is computed in the background) is counted, not an error; any
 * other status is, and fails the test. Runs with {@code -Dsynoptic.load=true} ({@code .ci/run} sets it).
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class LoadIT {

    static final int PRELOADED = 9_000;
    static final int MAX_INGESTED = 30_000;
    static final int READERS = 8;
    static final Duration WRITE_TIME = Duration.ofSeconds(60);
    static final String TOKEN = "load";

    @TempDir
    Path dir;

    @Test
    void readsStayFastAndCorrectWhileIngesting() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("synoptic.load"), "load test skipped: run with -Dsynoptic.load=true");
        List<Article> articles = generate(PRELOADED + MAX_INGESTED, 7);
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < PRELOADED; i += 500) {
                store.ingest(articles.subList(i, Math.min(PRELOADED, i + 500)));
            }
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            boolean settled = store.awaitDigests(Duration.ofSeconds(240));
            double digestSeconds = (System.nanoTime() - t0) / 1e9 - ingestSeconds;
            SynopticServer server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, TOKEN,
                    SynopticServer.Config.DEFAULT_MAX_BODY_BYTES)).start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                List<String> storyIds = store.stories().stream().map(StorySummary::id).toList();
                Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
                List<String> errors = new CopyOnWriteArrayList<>();
                AtomicInteger posted = new AtomicInteger();
                AtomicInteger peakPending = new AtomicInteger();
                AtomicInteger overBudget = new AtomicInteger();
                AtomicBoolean ingesting = new AtomicBoolean(true);
                long deadline = System.nanoTime() + WRITE_TIME.toNanos();

                ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
                pool.execute(() -> {
                    try {
                        for (int i = PRELOADED; i < PRELOADED + MAX_INGESTED && System.nanoTime() < deadline; i += 50) {
                            List<Article> batch = articles.subList(i, Math.min(PRELOADED + MAX_INGESTED, i + 50));
                            String body = toJson(batch);
                            long s = System.nanoTime();
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            record(latencies, "ingest batch of 50", s);
                            if (r.statusCode() != 201) {
                                errors.add("ingest " + r.statusCode() + " " + r.body());
                            } else {
                                posted.addAndGet(batch.size());
                            }
                            peakPending.accumulateAndGet(store.counters().pendingDigests(), Math::max);
                        }
                    } catch (Exception e) {
                        errors.add("ingest " + e);
                    } finally {
                        ingesting.set(false);
                    }
                });
                for (int t = 0; t < READERS; t++) {
                    int seed = t;
                    pool.execute(() -> {
                        Random random = new Random(seed);
                        while (ingesting.get()) {
                            int kind = random.nextInt(10);
                            String name;
                            String path;
                            if (kind < 5) {
                                name = "story page";
                                path = "/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                            } else if (kind < 6) {
                                name = "story JSON";
                                path = "/api/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                            } else if (kind < 7) {
                                name = "story list";
                                path = "/";
                            } else {
                                name = "search";
                                path = "/api/search?q=" + PLACES.get(random.nextInt(PLACES.size()));
                            }
                            long s = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                                        HttpResponse.BodyHandlers.ofString());
                                record(latencies, name, s);
                                if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()
                                        && path.contains("/stories/")) {
                                    overBudget.incrementAndGet();
                                } else if (r.statusCode() != 200) {
                                    errors.add(path + " " + r.statusCode());
                                }
                            } catch (Exception e) {
                                errors.add(path + " " + e);
                            }
                        }
                    });
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(WRITE_TIME.toSeconds() + 120, TimeUnit.SECONDS)).isTrue();
                // do the background digests keep up? what is pending when the load ends, and how long until none is
                StoreCounters atEnd = store.counters();
                long pendingAtEnd = atEnd.pendingDigests();
                long settleStart = System.nanoTime();
                boolean settledAfterLoad = store.awaitDigests(Duration.ofSeconds(240));
                double settleSeconds = (System.nanoTime() - settleStart) / 1e9;

                StringBuilder report = new StringBuilder();
                report.append(String.format("load: %d articles preloaded in %.1f s (%.0f articles/s), digests settled=%s after %.1f s more; "
                                + "%d readers on 127.0.0.1 while one writer posted %d articles in batches of 50 for %d s; %d cores%n",
                        PRELOADED, ingestSeconds, PRELOADED / ingestSeconds, settled, digestSeconds, READERS, posted.get(),
                        WRITE_TIME.toSeconds(),
                        Runtime.getRuntime().availableProcessors()));
                latencies.forEach((name, values) -> {
                    List<Long> sorted = new ArrayList<>(values);
                    Collections.sort(sorted);
                    report.append(String.format("  %-20s n=%5d  p50=%6.1f ms  p99=%7.1f ms  max=%7.1f ms%n", name, sorted.size(),
                            pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6));
                });
                report.append(String.format("  digests pending when the load ended: %d (at most %d during it), shed %d, computed %d, "
                                + "coalesced growths %d; settled=%s %.1f s later%n",
                        pendingAtEnd, peakPending.get(), atEnd.shedDigests(), atEnd.digests(), atEnd.coalescedGrowths(),
                        settledAfterLoad, settleSeconds));
                report.append(String.format("  story reads answered 503 + Retry-After (digest not ready within the %d s budget): %d%n",
                        SynopticServer.Config.DEFAULT_REQUEST_BUDGET.toSeconds(), overBudget.get()));
                report.append("  errors: ").append(errors.size()).append(errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size())))
                        .append("; store now ").append(store.articleCount()).append(" articles\n");
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "load-report.txt"), report);
                System.out.print(report);
                assertThat(errors).isEmpty();
                assertThat(store.articleCount()).isEqualTo(PRELOADED + posted.get());
            } finally {
                server.stop();
            }
        }
    }

    private static void record(Map<String, List<Long>> latencies, String name, long startNanos) {
        latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - startNanos);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static final List<String> PLACES = List.of("Hamburg", "Bremen", "Kiel", "Rostock", "Leipzig", "Dresden", "Erfurt",
            "Kassel", "Mainz", "Trier", "Passau", "Ulm", "Augsburg", "Regensburg", "Freiburg", "Konstanz");
    static final List<String> EVENTS = List.of("Brückensperrung", "Hochwasser", "Stadtratswahl", "Streik", "Großbrand",
            "Stromausfall", "Haushaltsstreit", "Schulneubau", "Zugausfall", "Hafenerweiterung");
    static final List<String> OUTLETS = List.of("Nordkurier", "Elbwacht", "Rheinpost", "Südbote", "Tageblatt", "Landesecho");

    /** Seeded synthetic German reports, about four per story; each story has invented words of its own. */
    static List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        String[] syllables = {"ka", "ro", "mi", "tel", "bur", "an", "sen", "lo", "ver", "gi", "tor", "ul", "ne", "fa", "dor"};
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int story = i / 4 + random.nextInt(3);
            Random words = new Random(story * 7919L + 17);
            List<String> vocabulary = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                StringBuilder word = new StringBuilder();
                for (int k = 0; k < 3 + words.nextInt(2); k++) {
                    word.append(syllables[words.nextInt(syllables.length)]);
                }
                vocabulary.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            String place = PLACES.get(story % PLACES.size());
            String event = EVENTS.get((story / PLACES.size()) % EVENTS.size());
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 5 + random.nextInt(4); s++) {
                text.append("In ").append(place).append(" sagte ").append(vocabulary.get(random.nextInt(12)))
                        .append(", der ").append(event).append(" betreffe ").append(vocabulary.get(random.nextInt(12))).append(' ')
                        .append(vocabulary.get(random.nextInt(12))).append(" und ").append(vocabulary.get(random.nextInt(12)))
                        .append(". ");
            }
            text.append("Meldung ").append(i).append('.');
            out.add(new Article("load-" + i, "load", "https://news.example/load/" + i,
                    event + " in " + place + ": " + vocabulary.get(0) + " und " + vocabulary.get(1), text.toString(),
                    OUTLETS.get(random.nextInt(OUTLETS.size())), null, LocalDate.of(2024, 1, 1).plusDays(story / 8).toString(),
                    "de", Set.of()));
        }
        return out;
    }

    private static String toJson(List<Article> batch) {
        StringBuilder json = new StringBuilder("[");
        for (Article a : batch) {
            json.append(json.length() > 1 ? "," : "").append("{\"id\":\"").append(a.id()).append("\",\"url\":\"").append(a.url())
                    .append("\",\"title\":\"").append(a.title()).append("\",\"text\":\"").append(a.text())
                    .append("\",\"outlet\":\"").append(a.outlet()).append("\",\"published\":\"").append(a.published())
                    .append("\",\"language\":\"de\"}");
        }
        return json.append(']').toString();
    }
}
