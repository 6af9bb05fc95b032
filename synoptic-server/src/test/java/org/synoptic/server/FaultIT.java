package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigester;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/**
 * Faults and hostile input against a running server (issue 20): one test per finding, each named for it. What a
 * crash would keep is read from the index's last commit by a separate reader, as a process started after SIGKILL
 * would find it. Needs no models: digests use the rule-based extractors and wait a minute, so none runs.
 */
class FaultIT {

    static final String TOKEN = "fault-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private ArticleStore store;
    private SynopticServer server;
    private FullDiskDirectory disk;

    static StoreOptions options() {
        return StoreOptions.defaults().withDebounce(Duration.ofMinutes(1)).withDigester(new StoryDigester(
                SyndicationGrouper.defaults(), ArticleAnalyzer.ruleBased(), DigestBuilder.standard()));
    }

    private void start() throws IOException {
        store = ArticleStore.open(dir.resolve("store"), options(), d -> disk = new FullDiskDirectory(d));
        server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, TOKEN, 1024 * 1024)).start();
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            disk.full.set(false);
            store.close();
        }
    }

    /** A JSON article of a few sentences, distinct per {@code n}. */
    static String article(int n, String outlet) {
        return "{\"url\":\"https://fault.example/" + n + "\",\"title\":\"Meldung Nummer " + n + "\",\"outlet\":"
                + JSON.valueToTree(outlet) + ",\"language\":\"de\",\"text\":\"Der Stadtrat von Musterstadt hat am "
                + "Dienstag über Vorlage " + n + " beraten. Die Sitzung dauerte " + (n + 2) + " Stunden. "
                + "Am Ende stimmte eine Mehrheit für den Antrag mit der Nummer " + n + ".\"}";
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The URLs in the index's last commit: what a store reopened after SIGKILL would hold. */
    Set<String> committedUrls() throws IOException {
        Set<String> urls = new HashSet<>();
        try (FSDirectory d = FSDirectory.open(dir.resolve("store").resolve("index"));
             DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        urls.add(leaf.reader().storedFields().document(i).get("url"));
                    }
                }
            }
        }
        return urls;
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void major1_batchRefusedByAFieldLimitStoresNothingAndALaterDuplicateIsDurable() throws Exception {
        start();
        // through the API: the article over a limit is rejected by name, the other one is stored and durable
        HttpResponse<String> mixed = post("[" + article(1, "Kurier") + "," + article(2, "O".repeat(9000)) + "]");
        assertThat(mixed.statusCode()).isEqualTo(201);
        JsonNode outcomes = json(mixed).get("outcomes");
        assertThat(outcomes.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(outcomes.get(1).get("reason").asText()).contains("outlet is 9000 characters; the limit is 1024");
        String overlongId = "{\"id\":\"" + "i".repeat(40_000) + "\"," + article(3, "Kurier").substring(1);
        assertThat(json(post(overlongId)).get("outcomes").get(0).get("reason").asText()).contains("id is 40000 characters");
        HttpResponse<String> duplicate = post("[" + article(1, "Kurier") + "]");
        assertThat(json(duplicate).get("outcomes").get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(committedUrls()).as("what a restart after SIGKILL finds").containsExactly("https://fault.example/1");

        // the store itself: a batch with one article over a limit is refused whole, before the index sees it
        org.synoptic.model.Article good = new org.synoptic.model.Article("good", "t", "https://fault.example/g", "Gut",
                "Der Stadtrat hat am Dienstag beraten und entschieden.", "Kurier", null, null, "de", null);
        org.synoptic.model.Article bad = new org.synoptic.model.Article("bad", "t", "https://fault.example/b", "Schlecht",
                "Der Kreistag hat am Mittwoch beraten und vertagt.", "O".repeat(9000), null, null, "de", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.ingest(java.util.List.of(good, bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article 2 of the batch").hasMessageContaining("limit is 1024")
                .hasMessageContaining("nothing of the batch was stored");
        assertThat(store.article("good")).as("nothing of the refused batch stays in the heap").isEmpty();
        assertThat(store.ingest(java.util.List.of(good)).outcomes().get(0).status())
                .as("stored now, not a duplicate of an uncommitted article")
                .isEqualTo(org.synoptic.store.IngestResult.Status.STORED);
        assertThat(committedUrls()).contains("https://fault.example/g");
    }

    @Test
    void major2_fullDiskAnswers507KeepsReadingSaysDegradedAndRecoversWhenSpaceIsBack() throws Exception {
        start();
        assertThat(post("[" + article(1, "Kurier") + "]").statusCode()).isEqualTo(201);
        disk.full.set(true);
        HttpResponse<String> full = post("[" + article(2, "Kurier") + "," + article(3, "Bote") + "]");
        assertThat(full.statusCode()).isEqualTo(507);
        assertThat(full.body()).contains("no space left on device").contains("nothing of it was stored");
        HttpResponse<String> again = post("[" + article(2, "Kurier") + "]");
        assertThat(again.statusCode()).as("still full: 507 again, not 'the store is closed'").isEqualTo(507);

        assertThat(get("/api/search?q=Vorlage").statusCode()).as("reads go on").isEqualTo(200);
        assertThat(json(get("/api/search?q=Vorlage")).get("total").asInt()).as("only durable articles are served")
                .isEqualTo(1);
        assertThat(get("/api/stories").statusCode()).isEqualTo(200);
        JsonNode health = json(get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("reason").asText()).contains("no space left on device");

        disk.full.set(false);
        HttpResponse<String> recovered = post("[" + article(2, "Kurier") + "," + article(3, "Bote") + "]");
        assertThat(recovered.statusCode()).as("recovers without a restart").isEqualTo(201);
        assertThat(json(recovered).get("stored").asInt()).isEqualTo(2);
        assertThat(json(get("/health")).get("status").asText()).isEqualTo("ok");
        assertThat(committedUrls()).containsExactlyInAnyOrder("https://fault.example/1", "https://fault.example/2",
                "https://fault.example/3");
    }

    @Test
    void major4_postBodyWithSeveralJsonValuesStoresEachAndTrailingGarbageIsRefused() throws Exception {
        start();
        HttpResponse<String> two = post(article(1, "Kurier") + article(2, "Bote"));
        assertThat(two.statusCode()).isEqualTo(201);
        assertThat(json(two).get("stored").asInt()).as("both values, not the first only").isEqualTo(2);
        HttpResponse<String> lines = post(article(3, "Kurier") + "\n" + article(4, "Bote") + "\n");
        assertThat(json(lines).get("stored").asInt()).isEqualTo(2);
        HttpResponse<String> garbage = post(article(5, "Kurier") + " xxx");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("malformed JSON after value 1");
        assertThat(json(get("/api/search?q=Vorlage")).get("total").asInt()).isEqualTo(4);
    }

    @Test
    void major7_controlCharactersInJsonAndHtmlTitlesLeaveTheAtomFeedValidXml() throws Exception {
        start();
        String controlTitle = "{\"url\":\"https://fault.example/c\",\"title\":\"Steuer\\u0001zeichen\\u0008 im\\u000b Titel\",\"language\":\"de\","
                + "\"text\":\"Der Stadtrat von Musterstadt hat am Dienstag über die Steuerzeichen beraten. Die Sitzung dauerte lange.\"}";
        assertThat(post(controlTitle).statusCode()).isEqualTo(201);
        String page = "<html><head><title>Seite &#1;mit&#11; Entität</title></head><body><article><h1>Seite &#1;mit Entität</h1>"
                + "<p>Der Gemeinderat von Beispielheim hat am Mittwoch über den neuen Radweg entschieden. Er soll im "
                + "Frühjahr gebaut werden, sagte die Bürgermeisterin.</p></article></body></html>";
        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/articles")).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(201);

        String feed = get("/feeds/stories.atom").body();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(2);
        assertThat(feed).contains("Steuerzeichen im Titel").doesNotContain("\u0001").doesNotContain("\u000b");
        assertThat(json(get("/api/search?q=Steuerzeichen")).get("hits").get(0).toString()).doesNotContain("\\u0001");
    }

    @Test
    void minorApiTypes_numbersBooleansOneCharacterTextsAndBadLanguagesAreRejected() throws Exception {
        start();
        for (String body : java.util.List.of("{\"text\":12345}", "{\"text\":true}", "{\"text\":\"x\"}",
                "{\"text\":\"Ein Satz, der lang genug ist, um ein Bericht zu sein.\",\"language\":\"klingonisch\"}")) {
            HttpResponse<String> r = post(body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).get("rejected").asInt()).as(body).isEqualTo(1);
        }
        assertThat(store.articleCount()).isZero();
    }

    HttpResponse<String> send(String method, String path, String host) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void minorMetrics_401_404_And413AreCountedWithTheirOwnStatus() throws Exception {
        start();
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(post("[" + article(1, "x".repeat(2 * 1024 * 1024)) + "]").statusCode()).isEqualTo(413);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("synoptic_http_requests_total{method=\"GET\",route=\"/api/articles/{id}\",status=\"404\"} 1")
                .contains("synoptic_http_requests_total{method=\"POST\",route=\"/api/articles\",status=\"401\"} 1")
                .contains("synoptic_http_requests_total{method=\"POST\",route=\"/api/articles\",status=\"413\"} 1")
                .doesNotContain("status=\"200\"} 3");
    }

    @Test
    void minorMethods_headOfAMissingResourceIs404AndOtherMethodsAre405() throws Exception {
        start();
        assertThat(send("HEAD", "/api/articles/nope", null).statusCode()).isEqualTo(404);
        assertThat(send("HEAD", "/stories/nope", null).statusCode()).isEqualTo(404);
        assertThat(send("HEAD", "/health", null).statusCode()).isEqualTo(200);
        for (String method : java.util.List.of("PUT", "DELETE", "PATCH")) {
            assertThat(send(method, "/api/articles", null).statusCode()).as(method).isEqualTo(405);
            assertThat(send(method, "/api/stories", null).statusCode()).as(method).isEqualTo(405);
        }
    }

    @Test
    void minorHeaders_securityHeadersOnEveryAnswerForeignHostsRefusedAndTheFeedLinksFromConfiguration() throws Exception {
        start();
        for (String path : java.util.List.of("/", "/api/stories", "/no/such/page")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'none'").doesNotContain("script-src").contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        assertThat(server.hostAllowed("127.0.0.1:" + server.port())).isTrue();
        assertThat(server.hostAllowed("localhost:" + server.port())).isTrue();
        assertThat(server.hostAllowed("attacker.example:" + server.port())).as("a DNS-rebinding name").isFalse();
        // java.net.http will not send a Host header of our choosing: a raw request does
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /api/stories HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421");
        }
        String feed = get("/feeds/stories.atom").body();
        assertThat(feed).contains("href=\"http://127.0.0.1:" + server.port() + "/feeds/stories.atom\"");
    }

    @Test
    void minorPaths_theApiShowsAFileNameNotTheLocalPath() throws Exception {
        start();
        org.synoptic.model.Article local = new org.synoptic.model.Article("local", "/home/operator/private/news.jsonl:7",
                null, "Lokal", "Der Stadtrat hat am Dienstag beraten und entschieden.", "Kurier", null, null, "de", null);
        store.ingest(java.util.List.of(local));
        JsonNode article = json(get("/api/articles/local"));
        assertThat(article.get("source").asText()).isEqualTo("news.jsonl:7");
        assertThat(get("/api/articles/local").body()).doesNotContain("/home/operator");
    }

    @Test
    void major5_getArticleNeverRunsTheModelsAndTextThatIsNotLanguageIsRefused() throws Exception {
        start();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("Der Ausschuss ").append(i).append(" hat am Montag in Musterstadt getagt, sagte die Sprecherin. ");
        }
        String big = "{\"id\":\"big\",\"language\":\"de\",\"title\":\"Lang\",\"text\":\"" + text + "\"}";
        assertThat(post(big).statusCode()).isEqualTo(201);
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> gets = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            gets.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/articles/big")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var get : gets) {
            HttpResponse<String> r = get.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.statusCode()).as("queued, not computed in the request").isEqualTo(202);
            assertThat(json(r).get("analysisStatus").asText()).isEqualTo("queued");
        }

        byte[] random = new byte[500_000];
        new java.util.Random(5).nextBytes(random);
        String base64 = "{\"text\":\"" + java.util.Base64.getMimeEncoder().encodeToString(random).replace("\r\n", "\\n") + "\"}";
        HttpResponse<String> refused = post(base64);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("outcomes").get(0).get("reason").asText()).startsWith("text is not language");
    }
}
