package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.store.ArticleStore;
import org.xml.sax.InputSource;

/** The API and the web UI against a real server on 127.0.0.1, loaded with the bundled samples. */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class SynopticServerTest {

    static final Path ROOT = Path.of(System.getProperty("synoptic.root", ".."));
    static final String TOKEN = "test-token";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static ArticleStore store;
    static SynopticServer server;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = ArticleStore.open(dir.resolve("store"));
        store.ingest(new ArticleIngester().ingest(List.of(ROOT.resolve("samples/news").toString())).articles());
        server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, TOKEN, 64 * 1024)).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        base = "http://127.0.0.1:" + server.port();
        store.awaitDigests(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String token) throws Exception {
        return post(path, body, token, "application/json");
    }

    static HttpResponse<String> post(String path, String body, String token, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static String firstStoryId() throws Exception {
        return json(get("/api/stories")).get("stories").get(0).get("id").asText();
    }

    @Test
    void listsStoriesNewestFirst() throws Exception {
        JsonNode body = json(get("/api/stories"));
        JsonNode stories = body.get("stories");
        assertThat(stories.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode s : stories) {
            assertThat(s.has("id") && s.has("headline") && s.has("articles") && s.has("updated") && s.has("language")).isTrue();
        }
        for (int i = 1; i < stories.size(); i++) {
            assertThat(stories.get(i - 1).get("updated").asText().compareTo(stories.get(i).get("updated").asText()))
                    .isGreaterThanOrEqualTo(0);
        }
        JsonNode flood = json(get("/api/stories?q=" + URLEncoder.encode("Severn", StandardCharsets.UTF_8))).get("stories");
        assertThat(flood.size()).isEqualTo(1);
        assertThat(json(get("/api/stories?since=2999-01-01")).get("stories").size()).isZero();
        assertThat(get("/api/stories?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aStoryIsExactlyTheContractsStoryObject() throws Exception {
        String id = firstStoryId();
        HttpResponse<String> response = get("/api/stories/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder contract = new StringBuilder();
        new JsonDigestWriter().write(List.of(store.digest(id).orElseThrow().digest()), Map.of(), contract);
        assertThat(json(response)).isEqualTo(JSON.readTree(contract.toString()).get("stories").get(0));
        assertThat(response.headers().firstValue("X-Story-Version")).isPresent();
    }

    @Test
    void changesSinceAVersion() throws Exception {
        String id = firstStoryId();
        JsonNode all = json(get("/api/stories/" + id + "/changes?since=0"));
        int version = all.get("version").asInt();
        assertThat(all.get("added").size()).isEqualTo(version);
        JsonNode none = json(get("/api/stories/" + id + "/changes?since=" + version));
        assertThat(none.get("changed").asBoolean()).isFalse();
        store.digest(id); // stored now: the whole digest's changes are answered
        JsonNode digestSinceStart = json(get("/api/stories/" + id + "/changes?since=0")).get("digest");
        assertThat(digestSinceStart.get("from").asInt()).isZero();
        assertThat(digestSinceStart.get("newFacts").size()).isEqualTo(store.digest(id).orElseThrow().digest().facts().size());
        JsonNode digestNow = json(get("/api/stories/" + id + "/changes?since=" + version)).get("digest");
        assertThat(digestNow.get("newFacts")).isEmpty();
        assertThat(digestNow.get("supportChanges")).isEmpty();
        assertThat(digestNow.get("newQuotes")).isEmpty();
        String withFacts = store.stories().stream().map(org.synoptic.store.StorySummary::id)
                .filter(s -> !store.digest(s).orElseThrow().digest().facts().isEmpty()).findFirst().orElseThrow();
        String page = get("/stories/" + withFacts + "?since=0").body();
        assertThat(page).contains("Was sich seit Version 0 geändert hat").contains("Neue Fakten")
                .contains(Html.esc(store.digest(withFacts).orElseThrow().digest().facts().get(0).text()));
        assertThat(get("/stories/" + id + "?since=" + version).body()).contains("<p>Nichts.</p>");
        assertThat(get("/api/stories/" + id + "/changes?since=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void anArticleWithTextMetadataAndAnalysis() throws Exception {
        String articleId = store.stories().get(0).articleIds().get(0);
        JsonNode a = json(get("/api/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8)));
        assertThat(a.get("id").asText()).isEqualTo(articleId);
        assertThat(a.get("text").asText()).isNotBlank();
        assertThat(a.get("analysisStatus").asText()).isEqualTo("stored");
        assertThat(a.get("analysis").get("sentences").size()).isPositive();
        JsonNode similar = json(get("/api/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8) + "/similar?size=3"));
        assertThat(similar.get("hits").size()).isBetween(1, 3);
    }

    @Test
    void unknownIdsAre404AsJson() throws Exception {
        for (String path : List.of("/api/stories/s-nope", "/api/stories/s-nope/changes", "/api/articles/nope",
                "/api/articles/nope/similar", "/api/nothing-here")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json(r).get("error").get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> page = get("/stories/s-nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html");
    }

    @Test
    void searchWithHitsFacetsAndErrors() throws Exception {
        JsonNode r = json(get("/api/search?q=" + URLEncoder.encode("Brücke", StandardCharsets.UTF_8)));
        assertThat(r.get("hits").size()).isPositive();
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.has("article") && hit.has("story") && hit.has("title") && hit.has("snippet")).isTrue();
        assertThat(r.get("facets").has("outlet")).isTrue();
        JsonNode en = json(get("/api/search?language=en&size=50"));
        for (JsonNode h : en.get("hits")) {
            assertThat(h.get("language").asText()).isEqualTo("en");
        }
        assertThat(get("/api/search?q=" + URLEncoder.encode("\"open (", StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(get("/api/search?size=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?from=04.09.2023").statusCode()).isEqualTo(400);
    }

    @Test
    void ingestNeedsTheBearerToken() throws Exception {
        String article = "{\"url\":\"https://example.org/token-test\",\"title\":\"Tokentest\",\"text\":\"Ein Bericht, der nur mit Token in den Speicher darf.\",\"outlet\":\"Test\"}";
        assertThat(post("/api/articles", article, null).statusCode()).isEqualTo(401);
        assertThat(json(post("/api/articles", article, "wrong")).get("error").get("status").asInt()).isEqualTo(401);
        HttpResponse<String> created = post("/api/articles", article, TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode outcome = json(created).get("outcomes").get(0);
        assertThat(outcome.get("status").asText()).isEqualTo("stored");
        HttpResponse<String> again = post("/api/articles", "[" + article + "]", TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("duplicates").asInt()).isEqualTo(1);
        // a one-report story is not analysed until asked for: the article answers 202 and queues its analysis
        String path = "/api/articles/" + outcome.get("article").asText();
        HttpResponse<String> queued = get(path);
        assertThat(queued.statusCode()).isEqualTo(202);
        assertThat(json(queued).get("analysisStatus").asText()).isEqualTo("queued");
        assertThat(json(queued).get("text").asText()).contains("nur mit Token");
        assertThat(store.awaitDigests(Duration.ofSeconds(60))).isTrue();
        HttpResponse<String> analysed = get(path);
        assertThat(analysed.statusCode()).isEqualTo(200);
        assertThat(json(analysed).get("analysis").get("sentences").size()).isPositive();
    }

    @Test
    void postsFeedsPagesTextAndJsonLinesByContentType() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Hafenfunk</title><link>https://hafenfunk.example/</link>
                <item><guid isPermaLink="false">hf-1</guid><title>Schleuse Kiel wieder offen</title>
                <description>Die Schleuse in Kiel ist seit Mittwoch wieder offen, teilte das Amt mit.</description></item>
                <item><title>Fähre nach Laboe fällt aus</title><link>https://hafenfunk.example/laboe</link>
                <description>Die Fähre nach Laboe fällt am Donnerstag aus, sagte die Reederei.</description></item>
                </channel></rss>
                """;
        HttpResponse<String> posted = post("/api/articles", feed, TOKEN, "application/rss+xml");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode outcomes = json(posted).get("outcomes");
        assertThat(outcomes).extracting(o -> o.get("source").asText()).containsExactly("api#1", "api#2");
        String feedArticle = outcomes.get(0).get("article").asText();
        assertThat(feedArticle).matches("api-[0-9a-f]{12}");
        assertThat(json(get("/api/articles/" + feedArticle)).toString()).contains("Schleuse in Kiel");
        HttpResponse<String> again = post("/api/articles", feed, TOKEN, "application/rss+xml; charset=utf-8");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("duplicates").asInt()).isEqualTo(2);

        String page = "<!doctype html><html lang=\"de\"><head><title>Deich | Küstenbote</title></head><body><article>"
                + "<h1>Deich bei Husum wird erhöht</h1><p>Der Deich bei Husum wird bis 2027 um einen Meter erhöht, "
                + "teilte das Land am Montag mit.</p><p>Die Arbeiten beginnen im Frühjahr.</p></article></body></html>";
        HttpResponse<String> html = post("/api/articles", page, TOKEN, "text/html; charset=utf-8");
        assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
        assertThat(json(html).get("outcomes").get(0).get("source").asText()).isEqualTo("api");

        String lines = "{\"text\":\"Der Leuchtturm Westerhever wird saniert, sagte die Gemeinde.\"}\n{broken\n";
        HttpResponse<String> jsonl = post("/api/articles", lines, TOKEN, "application/x-ndjson");
        assertThat(jsonl.statusCode()).as(jsonl.body()).isEqualTo(201);
        assertThat(json(jsonl).get("rejected").asInt()).isEqualTo(1);
        assertThat(post("/api/articles", "GIF89a", TOKEN, "image/gif").statusCode()).isEqualTo(415);
    }

    @Test
    void badBodiesAreRejected() throws Exception {
        assertThat(post("/api/articles", "{not json", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("/api/articles", "42", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("/api/articles", "{\"title\":\"no text\"}", TOKEN).statusCode()).isEqualTo(400);
        String huge = "{\"text\":\"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> tooLarge = post("/api/articles", huge, TOKEN);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void articleTextIsEscapedEverywhere() throws Exception {
        String evil = "{\"id\":\"evil-1\",\"title\":\"<script>alert('t')</script> Hafen\",\"outlet\":\"<b>Evil</b>\","
                + "\"text\":\"Der Hafen meldet: <script>alert(1)</script> und <img src=x onerror=alert(2)> im Text über den Hafen.\"}";
        assertThat(post("/api/articles", evil, TOKEN).statusCode()).isEqualTo(201);
        store.awaitDigests(Duration.ofSeconds(30));
        String story = store.article("evil-1").orElseThrow().storyId();
        for (String path : List.of("/articles/evil-1", "/stories/" + story, "/search?q=Hafen", "/")) {
            String html = get(path).body();
            assertThat(html).as(path).doesNotContain("<script>").doesNotContain("<img src=x").doesNotContain("<b>Evil");
        }
        assertThat(get("/articles/evil-1").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("onerror=alert(2)");
        assertThat(get("/feeds/stories.atom").body()).doesNotContain("<script>");
    }

    @Test
    void webPagesShowStoriesDigestsAndSearch() throws Exception {
        String list = get("/").body();
        for (var s : store.stories()) {
            assertThat(list).contains("/stories/" + s.id());
        }
        String id = store.stories().stream().filter(s -> s.articles() == 5).findFirst().orElseThrow().id();
        HttpResponse<String> story = get("/stories/" + id);
        assertThat(story.statusCode()).isEqualTo(200);
        assertThat(story.body()).contains("class=\"cite\"").contains("<mark id=").contains("<table class=\"facts\">")
                .contains("nav class=\"top\"");
        HttpResponse<String> search = get("/search?q=" + URLEncoder.encode("Brücke", StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("class=\"hit\"").contains("<mark>").contains("class=\"facets\"");
        assertThat(get("/search?q=" + URLEncoder.encode("\"open (", StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @Test
    void atomFeedHealthAndMetrics() throws Exception {
        HttpResponse<String> feed = get("/feeds/stories.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(feed.body())));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(store.storyCount());
        JsonNode health = json(get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isGreaterThanOrEqualTo(17);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("# TYPE synoptic_articles gauge").contains("synoptic_http_requests_total{method=\"GET\"");
    }

    @Test
    void theServedRoutesAreThoseOfTheOpenApiDocument() throws Exception {
        HttpResponse<String> served = get("/api/openapi.json");
        JsonNode doc = json(served);
        assertThat(doc).isEqualTo(JSON.readTree(Files.readString(ROOT.resolve("docs/openapi.json"))));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> routed = new TreeSet<>();
        for (SynopticServer.Route r : server.routes()) {
            if (r.api()) {
                routed.add(r.method() + " " + r.path());
            }
        }
        assertThat(routed).isEqualTo(documented);
        Set<String> answered = new HashSet<>();
        for (String route : routed) {
            if (route.startsWith("GET ") && !route.contains("{")) {
                assertThat(get(route.substring(4)).statusCode()).as(route).isEqualTo(200);
                answered.add(route);
            }
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(6);
    }
}
