package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

/**
 * URL and feed fetching against a local HTTP server on 127.0.0.1, with and without private addresses allowed.
 *
 * <p>No assertion depends on the machine's speed: every fetch that must succeed, or fail for a reason other than
 * time, runs under a timeout far longer than the test's hang guard; the stalls are server handlers that wait on a
 * latch the test opens only after the fetch has given up, so a timeout is the only way that fetch can end.
 */
@Timeout(120) // a hang guard, not an assertion
class UrlFetchingTest {

    /** A fetch timeout no loaded machine reaches within the hang guard. */
    private static final Duration NEVER = Duration.ofMinutes(10);
    /** The fetch timeout of the stall tests; the server stalls until released, so any value is deterministic. */
    private static final Duration SHORT = Duration.ofMillis(300);
    private static volatile CountDownLatch stallRelease = new CountDownLatch(1);

    private static HttpServer server;
    private static String base;
    private static final Map<String, String> USER_AGENTS = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=windows-1252",
                FormatsTest.PAGE.replace("<meta charset=\"windows-1252\">", "").getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", FormatsTest.RSS.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/redirect", ex -> redirect(ex, "/page.html"));
        server.createContext("/note.txt.gz", ex -> send(ex, 200, "application/gzip", gzip(
                "Die Fähre fährt wieder. Das sagte der Hafen am Dienstag.")));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/image.png", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/big", ex -> send(ex, 200, "text/plain", "Wort ".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/stall-body", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("Die Brücke".getBytes(StandardCharsets.UTF_8));
                out.flush();
                stallRelease.await();
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/stall-headers", ex -> {
            try {
                stallRelease.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "Die Brücke ist gesperrt. Das sagte die Stadt.".getBytes(StandardCharsets.UTF_8));
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        stallRelease.countDown();
        server.stop(0);
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        USER_AGENTS.put(ex.getRequestURI().getPath(), String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static ArticleIngester allowingPrivate() {
        return allowingPrivate(NEVER);
    }

    private static ArticleIngester allowingPrivate(Duration timeout) {
        return ArticleIngester.builder().allowPrivate(true).maxBytes(200_000).fetchTimeout(timeout)
                .maxRedirects(3).build();
    }

    @Test
    void fetchesAPageAFeedAndARedirectWhenPrivateAddressesAreAllowed() {
        IngestReport report = allowingPrivate().ingest(List.of(base + "/page.html", base + "/feed", base + "/redirect"));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.articles()).extracting(Article::source)
                .containsExactly(base + "/page.html", base + "/feed#1", base + "/feed#2", base + "/redirect");
        Article page = report.articles().get(0);
        assertThat(page.title()).isEqualTo("Brücke über die Elbe gesperrt");
        assertThat(page.text()).startsWith("Die Brücke über die Elbe bleibt bis Freitag");
        assertThat(page.url()).isEqualTo("https://elbwacht.example/bruecke");
        assertThat(report.articles().get(1).outlet()).isEqualTo("Nordkurier Online");
        assertThat(report.articles().get(3).text()).isEqualTo(page.text());
        assertThat(USER_AGENTS.get("/page.html")).isEqualTo("Synoptic/0.1 (+https://github.com/synoptic)");
    }

    @Test
    void fetchesGzip() {
        IngestReport report = allowingPrivate().ingest(List.of(base + "/note.txt.gz"));
        assertThat(report.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("note");
            assertThat(a.text()).startsWith("Die Fähre fährt wieder.");
        });
    }

    @Test
    void refusesLoopbackWithoutAllowPrivate() {
        IngestReport report = ArticleIngester.builder().build().ingest(List.of(base + "/page.html", base + "/feed"));
        assertThat(report.articles()).isEmpty();
        assertThat(report.rejected()).hasSize(2).allSatisfy(o -> assertThat(o.reason())
                .contains("private, loopback or link-local").contains("--allow-private"));
        assertThat(USER_AGENTS).doesNotContainKey("/feed");
    }

    @Test
    void checksEveryRedirectHopAgain() throws Exception {
        // Only this test server counts as allowed; the redirect to the cloud metadata address is refused before any
        // connection is made to it.
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        ArticleIngester ingester = ArticleIngester.builder().fetchTimeout(NEVER)
                .resolver(host -> host.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                        : new InetAddress[] {InetAddress.getByName(host)})
                .build();
        assertThat(loopback.isLoopbackAddress()).isTrue();
        IngestReport report = ingester.ingest(List.of(base + "/to-metadata"));
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).asString()
                .contains("169.254.169.254");
    }

    @Test
    void rejectsRedirectLoopsWrongTypesOversizeAndErrors() {
        IngestReport report = allowingPrivate().ingest(List.of(base + "/loop", base + "/image.png", base + "/big",
                base + "/missing", "ftp://127.0.0.1/x"));
        assertThat(report.articles()).isEmpty();
        assertThat(report.rejected()).extracting(InputOutcome::reason).satisfiesExactly(
                r -> assertThat(r).contains("too many redirects"),
                r -> assertThat(r).contains("unsupported content type: image/png"),
                r -> assertThat(r).contains("too large"),
                r -> assertThat(r).contains("HTTP 404"),
                r -> assertThat(r).contains("no such file"));
    }

    @Test
    void aServerThatStallsIsGivenUpOnAndTheBatchGoesOn() throws Exception {
        stallRelease = new CountDownLatch(1);
        try {
            IngestReport report = allowingPrivate(SHORT).ingest(List.of(base + "/stall-body", base + "/stall-headers"));
            assertThat(report.articles()).isEmpty();
            assertThat(report.rejected()).extracting(InputOutcome::reason).containsExactly(
                    "timed out after 300 ms", "timed out after 300 ms");
        } finally {
            stallRelease.countDown(); // only now may the server finish: the timeouts above cannot be a race
        }
        // The stalled handlers are released; the server answers again.
        assertThat(allowingPrivate().ingest(List.of(base + "/stall-headers")).articles()).hasSize(1);
    }

    @Test
    void readsAUrlList() throws IOException {
        Path list = dir.resolve("morning.urls");
        Files.writeString(list, "# Morgenlage\n" + base + "/page.html\n\n" + base + "/missing\nnot-a-url\n");
        IngestReport report = allowingPrivate().ingest(List.of(list.toString()));
        assertThat(report.articles()).extracting(Article::source).containsExactly(base + "/page.html");
        assertThat(report.rejected()).extracting(InputOutcome::source).containsExactly(base + "/missing", "not-a-url");
        assertThat(report.outcomes()).anySatisfy(o -> {
            assertThat(o.source()).isEqualTo(list.toString());
            assertThat(o.articles()).isEqualTo(1);
        });
    }
}
