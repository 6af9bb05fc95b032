package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.FollowerOptions;
import org.synoptic.feeds.WatchKeeper;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/** The feed routes against a real server, a real follower and a real feed on 127.0.0.1. */
class FeedRoutesTest {

    static final String TOKEN = "feed-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String RSS = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Weser-Bote</title><link>https://example.org/</link><language>de</language>
            <item><guid>w-1</guid><link>https://example.org/a/1</link><title>Stadtrat berät über Brücke</title>
            <description>Der Stadtrat von Bremen hat am Montag über den Neubau der Weserbrücke beraten. Die Sitzung dauerte
            vier Stunden. Eine Entscheidung fällt im Mai.</description><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;
    ArticleStore store;
    FeedFollower follower;
    WatchKeeper watches;
    SynopticServer server;
    HttpServer feeds;
    HttpClient http = HttpClient.newHttpClient();
    String base;
    String feedUrl;

    @BeforeEach
    void start() throws Exception {
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feeds.createContext("/rss.xml", ex -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feeds.start();
        feedUrl = "http://127.0.0.1:" + feeds.getAddress().getPort() + "/rss.xml";
        store = ArticleStore.open(dir, StoreOptions.defaults().withDebounce(Duration.ofHours(1)));
        follower = FeedFollower.open(store, dir, FollowerOptions.defaults().withAllowPrivate(true).withFullText(false));
        watches = WatchKeeper.open(store, dir, java.time.Clock.systemUTC(), true, false);
        server = new SynopticServer(CompletableFuture.completedFuture(store),
                new SynopticServer.Config("127.0.0.1", 0, TOKEN, 64 * 1024),
                CompletableFuture.completedFuture(new Following(follower, watches))).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        follower.close();
        watches.close();
        store.close();
        feeds.stop(0);
    }

    HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void subscribePollPauseExportImportAndRemove() throws Exception {
        String add = "{\"url\":\"" + feedUrl + "\",\"label\":\"Lokal/Bremen\"}";
        assertThat(send("POST", "/api/feeds", add, null).statusCode()).isEqualTo(401);
        HttpResponse<String> created = send("POST", "/api/feeds", add, TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        assertThat(send("POST", "/api/feeds", add, TOKEN).statusCode()).as("already followed").isEqualTo(200);
        assertThat(send("POST", "/api/feeds", "{\"url\":\"ftp://x/y\"}", TOKEN).statusCode()).isEqualTo(400);

        assertThat(follower.pollDue()).isEqualTo(1);
        JsonNode list = JSON.readTree(send("GET", "/api/feeds", null, null).body());
        JsonNode feed = list.get("feeds").get(0);
        assertThat(feed.get("lastStatus").asText()).isEqualTo("new");
        assertThat(feed.get("title").asText()).isEqualTo("Weser-Bote");
        assertThat(feed.get("totalItems").asInt()).isEqualTo(1);
        assertThat(feed.get("nextPoll").isTextual()).isTrue();
        assertThat(feed.get("flagged").asBoolean()).isFalse();
        assertThat(store.articleCount()).isEqualTo(1);

        HttpResponse<String> paused = send("PATCH", "/api/feeds/" + id, "{\"paused\":true}", TOKEN);
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(paused.body()).get("paused").asBoolean()).isTrue();
        assertThat(send("PATCH", "/api/feeds/nope", "{\"paused\":true}", TOKEN).statusCode()).isEqualTo(404);

        HttpResponse<String> opml = send("GET", "/api/feeds.opml", null, null);
        assertThat(opml.body()).contains("xmlUrl=\"" + feedUrl + "\"").contains("text=\"Bremen\"").contains("text=\"Lokal\"");
        assertThat(send("DELETE", "/api/feeds/" + id, null, null).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/feeds/" + id, null, TOKEN).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(send("GET", "/api/feeds", null, null).body()).get("feeds")).isEmpty();

        HttpResponse<String> imported = send("POST", "/api/feeds.opml", opml.body(), TOKEN);
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(imported.body()).get("added").asInt()).isEqualTo(1);
        assertThat(follower.feeds().get(0).subscription().label()).isEqualTo("Lokal/Bremen");

        String page = send("GET", "/feeds", null, null).body();
        assertThat(page).contains("<table class=\"feeds\">").contains(feedUrl);
        assertThat(send("GET", "/metrics", null, null).body()).contains("synoptic_feed_polls_total 1")
                .contains("synoptic_feed_items_total 1");
    }

    /** As SynopticServerTest's check, without its CoreNLP: every API route is documented, and nothing else. */
    @Test
    void theFeedAndWatchRoutesAreThoseOfTheOpenApiDocument() throws Exception {
        JsonNode doc = JSON.readTree(send("GET", "/api/openapi.json", null, null).body());
        java.util.Set<String> documented = new java.util.TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        java.util.Set<String> routed = new java.util.TreeSet<>();
        server.routes().stream().filter(SynopticServer.Route::api).forEach(r -> routed.add(r.method() + " " + r.path()));
        assertThat(routed).isEqualTo(documented);
        assertThat(routed).contains("PATCH /api/feeds/{id}", "DELETE /api/watches/{id}", "GET /feeds/watches/{id}.atom");
    }

    @Test
    void aWatchFiresIntoItsAtomFeed() throws Exception {
        assertThat(send("POST", "/api/watches", "{\"query\":\"Weserbrücke\"}", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/watches", "{\"query\":\"a\",\"entity\":\"b\"}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/watches", "{\"story\":\"nope\"}", TOKEN).statusCode()).isEqualTo(404);
        HttpResponse<String> saved = send("POST", "/api/watches", "{\"query\":\"Weserbrücke\"}", TOKEN);
        assertThat(saved.statusCode()).isEqualTo(201);
        String id = JSON.readTree(saved.body()).get("id").asText();
        follower.subscribe(feedUrl, null);
        follower.pollDue();
        assertThat(watches.check()).hasSize(1);
        JsonNode list = JSON.readTree(send("GET", "/api/watches", null, null).body()).get("watches").get(0);
        assertThat(list.get("alerts").asInt()).isEqualTo(1);
        assertThat(list.get("lastAlert").get("reasons").get(0).asText()).isEqualTo("new story");
        String atom = send("GET", "/feeds/watches/" + id + ".atom", null, null).body();
        assertThat(atom).contains("<entry>").contains("new story").contains("/stories/");
        assertThat(send("GET", "/feeds/watches/nope.atom", null, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/watches/" + id, null, TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/watches/" + id, null, TOKEN).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> form(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/feeds")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The feeds page's form without a browser (FeedsPageIT drives it in one): token checked, 303 back, each action. */
    @Test
    void theFeedsPageFormNeedsTheTokenAndRedirects() throws Exception {
        HttpResponse<String> none = form("action=add&url=" + enc(feedUrl));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(none.body()).contains("token");
        assertThat(form("action=add&token=nope&url=" + enc(feedUrl)).statusCode()).isEqualTo(401);
        assertThat(follower.feeds()).isEmpty();

        HttpResponse<String> added = form("action=add&token=" + TOKEN + "&label=" + enc("Lokal/<b>Bremen</b>") + "&url=" + enc(feedUrl));
        assertThat(added.statusCode()).isEqualTo(303);
        String id = follower.feeds().get(0).id();
        assertThat(added.headers().firstValue("Location")).hasValue("/feeds?done=added#feed-" + id);
        assertThat(form("token=" + TOKEN + "&url=" + enc(feedUrl)).headers().firstValue("Location").orElseThrow())
                .as("Enter in the address field: no action, already followed").startsWith("/feeds?done=present");
        assertThat(form("action=add&token=" + TOKEN + "&url=" + enc("ftp://x/y")).statusCode()).isEqualTo(400);

        assertThat(form("action=pause:" + id + "&token=" + TOKEN).statusCode()).isEqualTo(303);
        assertThat(follower.feed(id).orElseThrow().subscription().paused()).isTrue();
        String page = send("GET", "/feeds?done=paused", null, null).body();
        assertThat(page).contains("Feed pausiert.").contains("value=\"resume:" + id + "\"")
                .contains("Lokal/&lt;b&gt;Bremen&lt;/b&gt;").doesNotContain("<b>Bremen");
        assertThat(form("action=resume:" + id + "&token=" + TOKEN).statusCode()).isEqualTo(303);
        assertThat(follower.feed(id).orElseThrow().subscription().paused()).isFalse();
        assertThat(form("action=pause:nope&token=" + TOKEN).statusCode()).isEqualTo(404);
        assertThat(form("action=explode:" + id + "&token=" + TOKEN).statusCode()).isEqualTo(400);
        assertThat(form("action=remove:" + id + "&token=" + TOKEN).headers().firstValue("Location")).hasValue("/feeds?done=removed");
        assertThat(follower.feeds()).isEmpty();
        assertThat(send("GET", "/feeds?done=%3Cscript%3E", null, null).body()).doesNotContain("<script>")
                .doesNotContain("class=\"notice done\"");
    }
}
