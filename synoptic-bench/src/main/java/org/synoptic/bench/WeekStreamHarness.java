package org.synoptic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.IngestResult;
import org.synoptic.store.StoreOptions;

/**
 * A week of a newsroom's intake through the store, then a restart: what a stream costs as it grows.
 *
 * <p><b>The stream.</b> {@code N} German reports (default 500,000) published over a simulated week (168 h, so about
 * 3,000 an hour at the default), built at run time from the 1,028 10kGNAD test articles
 * ({@code SHARED_DIR/data/10kgnad/test.csv}; nothing of it is kept in the project). Stories are planned until they
 * hold {@code N} reports: each has {@code 1 + floor(99 u^2.2)} reports (mean about 32, as in the core's synthetic
 * stream eval), a start uniform over the week and its reports spread over up to 8 hours. A story's text is a 10kGNAD
 * article; once every article has had its story, a story's text is the first half of one article followed by the
 * second half of another (so later stories are new texts, not copies of earlier ones). A story's first report is its
 * text; the others are rewrites: one in four the first two to four sentences, the rest drop each non-lead sentence
 * with probability 0.25, then two neighbours are swapped and 4 % of the words replaced by words of other articles.
 * Each report has one of 40 outlets and its own URL. Seeded: the same N gives the same stream. The plan (story,
 * report, time) is sorted by publication time first and the texts are made a batch at a time, so the generator holds
 * no more than one batch of text.
 *
 * <p><b>Ingest.</b> Batches of 500 through {@link ArticleStore#ingest} in publication order, with the standard stages
 * except that the deep tier is held back (debounce of a year): this measures the fast tier, the index and the
 * checkpoints, not CoreNLP competing for the same two cores; every story of two or more reports is therefore still
 * waiting for its digest at the restart. Reported: articles/s, heap used after two {@code System.gc()} with the store
 * open, the store's size on disk after close, and an in-process reopen ({@link ArticleStore.OpenReport}: checkpoint,
 * articles replayed, time; digests pending).
 *
 * <p><b>Restart.</b> A real {@code synoptic serve --store DIR} process ({@code java -Xmx2g -jar SYNOPTIC_JAR}, the
 * launcher's default heap) on a free port; {@code /health} is polled every 20 ms from the moment the process is
 * started. Reported: milliseconds to the first 200 from {@code /health}, milliseconds until {@code /health} says the
 * store is open ({@code "state": "ready"}, or the first 200 when the server has no {@code state} field), the digests
 * pending then, and the server's heap after a full GC ({@code jcmd PID GC.run}, then {@code GC.heap_info}), taken
 * before its deep tier starts (it waits 10 s after open).
 *
 * <p>Usage (see {@code synoptic-bench/week-stream.sh}): {@code WeekStreamHarness N SHARED_DIR STORE_DIR SYNOPTIC_JAR};
 * {@code WeekStreamHarness --restart STORE_DIR SYNOPTIC_JAR} measures only the restart of a kept store.
 * Measured figures are in {@code synoptic-bench/README.md}; in short (2-core machine under load 4-13, 2026-12-05):
 * 5k / 50k / 200k reports gave 323 / 215 / 253 articles/s, 72 / 141 / 235 MB heap after full GC, 11 / 131 / 518 MB on
 * disk, 138 / 891 / 969 digests pending after the restart, and {@code /health} 200 after 3.7-4.2 s at 188k stored
 * articles (before the startup change: 12-27 s), the store ready after 14-16 s. 500k was not run (30-55 min here).
 */
public final class WeekStreamHarness {

    static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration MAX_SPREAD = Duration.ofHours(8);
    static final int BATCH = 500;
    private static final int OUTLETS = 40;
    private static final long SEED = 20261205L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One planned report: its story, its number in the story, its publication time (ms after {@link #START}). */
    record Planned(int story, int report, long at) {
    }

    private WeekStreamHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--restart")) {
            restart(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: WeekStreamHarness N SHARED_DIR STORE_DIR SYNOPTIC_JAR");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path csv = Path.of(args[1]).resolve("data/10kgnad/test.csv");
        if (!Files.isRegularFile(csv)) {
            System.err.println("skipped: " + csv + " not found (the harness needs ../shared beside the project)");
            System.exit(1);
        }
        Path storeDir = Path.of(args[2]);
        Path jar = Path.of(args[3]);
        List<String> bases = ThroughputHarness.readGnad(csv);
        List<String> vocabulary = vocabulary(bases);
        List<Planned> plan = plan(n, new Random(SEED));
        int stories = plan.stream().mapToInt(Planned::story).max().orElse(-1) + 1;
        System.out.printf(Locale.ROOT, "stream: %,d reports in %,d planned stories over %d h (%.0f an hour), from %,d 10kGNAD articles%n",
                plan.size(), stories, WEEK.toHours(), plan.size() / (double) WEEK.toHours(), bases.size());

        ingest(plan, bases, vocabulary, storeDir);
        reopen(storeDir);
        restart(storeDir, jar);
    }

    // ---- the stream

    /** Stories until {@code n} reports, sorted by publication time (then story, report). */
    static List<Planned> plan(int n, Random random) {
        List<Planned> plan = new ArrayList<>(n);
        long window = WEEK.minus(MAX_SPREAD).toMillis();
        for (int story = 0; plan.size() < n; story++) {
            int size = Math.min(n - plan.size(), 1 + (int) Math.floor(99 * Math.pow(random.nextDouble(), 2.2)));
            long start = (long) (random.nextDouble() * window);
            long spread = (long) (random.nextDouble() * MAX_SPREAD.toMillis());
            for (int k = 0; k < size; k++) {
                plan.add(new Planned(story, k, k == 0 ? start : start + (long) (random.nextDouble() * spread)));
            }
        }
        plan.sort((a, b) -> a.at() != b.at() ? Long.compare(a.at(), b.at())
                : a.story() != b.story() ? Integer.compare(a.story(), b.story()) : Integer.compare(a.report(), b.report()));
        return plan;
    }

    /** A story's text: an article, or after the first round the halves of two different articles. */
    static List<String> storySentences(int story, List<String> bases) {
        List<String> a = sentences(bases.get(story % bases.size()));
        if (story < bases.size()) {
            return a;
        }
        int other = (int) ((story * 7919L + 13) % bases.size());
        if (other == story % bases.size()) {
            other = (other + 1) % bases.size();
        }
        List<String> b = sentences(bases.get(other));
        List<String> joined = new ArrayList<>(a.subList(0, Math.max(1, (a.size() + 1) / 2)));
        joined.addAll(b.subList(b.size() / 2, b.size()));
        return joined;
    }

    static Article report(Planned p, List<String> bases, List<String> vocabulary) {
        Random random = new Random(SEED * 31 + p.story() * 1_000L + p.report());
        List<String> sentences = storySentences(p.story(), bases);
        String text = p.report() == 0 ? String.join(" ", sentences) : rewrite(sentences, vocabulary, random);
        String id = "wk-" + p.story() + "-" + p.report();
        int outlet = random.nextInt(OUTLETS);
        return new Article(id, "week:" + id, String.format(Locale.ROOT, "https://outlet%02d.example/%d/%d", outlet, p.story(), p.report()),
                null, text, "outlet-" + outlet, null, START.plusMillis(p.at()).toString(), "de", Set.of());
    }

    private static List<String> sentences(String text) {
        return List.of(text.strip().split("(?<=[.!?]) +"));
    }

    private static List<String> vocabulary(List<String> bases) {
        List<String> words = new ArrayList<>();
        for (String s : bases.subList(0, Math.min(200, bases.size()))) {
            for (String w : s.split("\\s+")) {
                if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static String rewrite(List<String> sentences, List<String> vocabulary, Random random) {
        List<String> kept = new ArrayList<>();
        boolean isShort = random.nextDouble() < 0.25;
        int shortLength = 2 + random.nextInt(3);
        for (int s = 0; s < sentences.size(); s++) {
            if (isShort ? s < shortLength : s == 0 || random.nextDouble() >= 0.25) {
                kept.add(sentences.get(s));
            }
        }
        if (kept.size() > 2) {
            int at = 1 + random.nextInt(kept.size() - 2);
            String t = kept.get(at);
            kept.set(at, kept.get(at + 1));
            kept.set(at + 1, t);
        }
        StringBuilder body = new StringBuilder();
        for (String sentence : kept) {
            for (String word : sentence.split(" ")) {
                body.append(random.nextDouble() < 0.04 ? vocabulary.get(random.nextInt(vocabulary.size())) : word).append(' ');
            }
        }
        return body.toString().strip();
    }

    // ---- measurements

    private static void ingest(List<Planned> plan, List<String> bases, List<String> vocabulary, Path storeDir) throws IOException {
        StoreOptions options = StoreOptions.defaults().withDebounce(Duration.ofDays(365));
        long stored = 0;
        long duplicates = 0;
        long generating = 0;
        long start = System.nanoTime();
        ArticleStore store = ArticleStore.open(storeDir, options);
        try {
            for (int from = 0; from < plan.size(); from += BATCH) {
                long g = System.nanoTime();
                List<Article> batch = new ArrayList<>(BATCH);
                for (Planned p : plan.subList(from, Math.min(plan.size(), from + BATCH))) {
                    batch.add(report(p, bases, vocabulary));
                }
                generating += System.nanoTime() - g;
                IngestResult result = store.ingest(batch);
                stored += result.stored();
                duplicates += result.duplicates();
                int done = Math.min(plan.size(), from + BATCH);
                if (done % 50_000 == 0 || done == plan.size()) {
                    double s = (System.nanoTime() - start - generating) / 1e9;
                    System.out.printf(Locale.ROOT, "  %,d ingested, %.0f articles/s so far (generation excluded), %,d stories%n",
                            done, done / s, store.storyCount());
                }
            }
            double seconds = (System.nanoTime() - start - generating) / 1e9;
            System.out.printf(Locale.ROOT, "ingest: %,d stored, %,d duplicates, %,d stories, %.1f s (without %.1f s generating text): %.0f articles/s%n",
                    stored, duplicates, store.storyCount(), seconds, generating / 1e9, plan.size() / seconds);
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "heap after full GC, store open (ingesting JVM, -Xmx%d MB): %.0f MB%n",
                    Runtime.getRuntime().maxMemory() >> 20, heap / 1e6);
        } finally {
            store.close();
        }
        System.out.printf(Locale.ROOT, "store on disk: %.1f MB (%s)%n", size(storeDir) / 1e6, storeDir);
    }

    private static void reopen(Path storeDir) throws IOException {
        long t = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(storeDir, StoreOptions.defaults().withDebounce(Duration.ofDays(365)))) {
            ArticleStore.OpenReport r = store.openReport();
            System.out.printf(Locale.ROOT, "reopen in process: %d ms (index state %d ms; checkpoint at %,d, %,d replayed), %,d articles, %,d stories, %,d digests pending%n",
                    (System.nanoTime() - t) / 1_000_000, r.millis(), r.checkpointSeq(), r.replayed(), store.articleCount(),
                    store.storyCount(), store.counters().pendingDigests());
        }
    }

    private static void restart(Path storeDir, Path jar) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("synoptic-week-serve", ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-jar", jar.toString(), "serve", "--store",
                storeDir.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SYNOPTIC_TOKEN");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process serve = builder.start();
        try {
            long firstOk = -1;
            JsonNode ready = null;
            long readyAt = -1;
            String firstBody = null;
            while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(10) && serve.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                    long now = System.nanoTime();
                    if (r.statusCode() == 200) {
                        if (firstOk < 0) {
                            firstOk = now;
                            firstBody = r.body();
                        }
                        JsonNode body = JSON.readTree(r.body());
                        String state = body.path("state").asText("ready");
                        if (state.equals("ready")) {
                            ready = body;
                            readyAt = now;
                            break;
                        }
                        if (state.equals("failed")) {
                            System.out.println("restart: the store failed to open: " + r.body());
                            break;
                        }
                    }
                } catch (ConnectException | HttpTimeoutException e) {
                    // not listening yet
                } catch (IOException e) {
                    // connection reset while starting
                }
                Thread.sleep(20);
            }
            if (firstOk < 0) {
                System.out.println("restart: /health never answered 200; server log: " + log);
                return;
            }
            System.out.printf(Locale.ROOT, "restart: /health 200 after %d ms (%s)%n", (firstOk - t0) / 1_000_000, firstBody);
            if (ready != null) {
                System.out.printf(Locale.ROOT, "restart: store ready after %d ms: %,d articles, %,d stories, %,d digests pending%n",
                        (readyAt - t0) / 1_000_000, ready.path("articles").asLong(), ready.path("stories").asLong(),
                        ready.path("pendingDigests").asLong());
                System.out.printf(Locale.ROOT, "restart: server heap after full GC (before its deep tier starts): %s%n",
                        serverHeap(serve.pid()));
            }
        } finally {
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** The used heap {@code jcmd GC.heap_info} reports after {@code jcmd GC.run}. */
    private static String serverHeap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        return Arrays.stream(info.split("\n")).filter(l -> l.contains("used")).findFirst().map(String::strip).orElse(info.strip());
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
