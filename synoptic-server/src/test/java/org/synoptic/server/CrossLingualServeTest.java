package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigester;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/**
 * {@code synoptic serve} shows the German and English reports of one event as one story: the cross-lingual sample
 * posted report by report through {@code POST /api/articles} is one story in both languages, whose API object and page
 * show the link's evidence, also after the server and its store restart.
 */
class CrossLingualServeTest {

    private static final Path NEWS = Path.of(System.getProperty("synoptic.root", "..")).resolve("samples/crosslingual/news");
    private static final String TOKEN = "test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static StoreOptions options() {
        // the rule-based deep tier: this test is about stories and links, not CoreNLP's analyses
        return StoreOptions.defaults().withDebounce(Duration.ofDays(1)).withDigester(new StoryDigester(
                SyndicationGrouper.defaults(), ArticleAnalyzer.ruleBased(), DigestBuilder.standard()));
    }

    @Test
    void theFerryFireIsOneStoryInBothLanguagesOnTheApiAndThePageAlsoAfterARestart() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(NEWS)) {
            files = list.sorted().toList();
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            SynopticServer server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, TOKEN, 64 * 1024)).start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                for (Path file : files) {
                    String type = file.toString().endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
                    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
                }
                assertServed(base);
            } finally {
                server.stop();
            }
        }
        try (ArticleStore store = ArticleStore.open(dir, options())) {
            SynopticServer server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, TOKEN, 64 * 1024)).start();
            try {
                assertServed("http://127.0.0.1:" + server.port());
            } finally {
                server.stop();
            }
        }
    }

    private void assertServed(String base) throws Exception {
        JsonNode stories = JSON.readTree(get(base + "/api/stories").body()).get("stories");
        assertThat(stories.size()).as(stories.toString()).isEqualTo(3);
        List<JsonNode> ferry = new ArrayList<>();
        stories.forEach(s -> {
            if (s.get("articles").asInt() == 3) {
                ferry.add(s);
            }
        });
        assertThat(ferry).hasSize(1);
        String id = ferry.get(0).get("id").asText();
        HttpResponse<String> story = get(base + "/api/stories/" + id);
        assertThat(story.statusCode()).isEqualTo(200);
        JsonNode digest = JSON.readTree(story.body());
        Set<String> languages = new TreeSet<>();
        digest.get("articles").forEach(a -> languages.add(a.get("language").asText()));
        assertThat(languages).containsExactly("de", "en");
        JsonNode links = digest.get("links");
        assertThat(links).as(story.body()).isNotNull();
        assertThat(links.size()).isEqualTo(1);
        JsonNode link = links.get(0);
        assertThat(link.get("language").asText()).isEqualTo("en");
        assertThat(link.get("names").toString()).contains("Klaipėda / Klaipeda", "Baltrava");
        assertThat(link.get("numbers").toString()).contains("212", "9. Oktober / October 9");
        assertThat(link.get("terms").toString()).contains("Fähre / ferry");
        for (JsonNode s : stories) {
            if (!s.get("id").asText().equals(id)) {
                assertThat(JSON.readTree(get(base + "/api/stories/" + s.get("id").asText()).body()).has("links")).isFalse();
            }
        }
        String page = get(base + "/stories/" + id).body();
        assertThat(page).contains("Sprachübergreifend verknüpft", "Englisch", "Klaipėda / Klaipeda", "Fähre / ferry");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
