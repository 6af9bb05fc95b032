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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.store.ArticleStore;

/**
 * A server started before its store is open: {@code /health} answers at once and says whether the store is usable;
 * the other routes wait for the store. Needs no models (the store is empty, nothing is digested).
 */
class ServerOpeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private HttpResponse<String> get(SynopticServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersOpeningThenReadyAndOtherRoutesWaitForTheStore() throws Exception {
        CompletableFuture<ArticleStore> opening = new CompletableFuture<>();
        SynopticServer server = new SynopticServer(opening, new SynopticServer.Config("127.0.0.1", 0, "t", 1024)).start();
        ArticleStore store = null;
        try {
            HttpResponse<String> early = get(server, "/health");
            assertThat(early.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(early.body());
            assertThat(body.get("state").asText()).isEqualTo("opening");
            assertThat(body.has("articles")).isFalse();
            assertThat(get(server, "/api/openapi.json").statusCode()).isEqualTo(200);

            CompletableFuture<HttpResponse<String>> stories = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(server, "/api/stories");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(stories).isNotDone();

            store = ArticleStore.open(dir.resolve("store"));
            opening.complete(store);
            assertThat(stories.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            JsonNode ready = JSON.readTree(get(server, "/health").body());
            assertThat(ready.get("state").asText()).isEqualTo("ready");
            assertThat(ready.get("articles").asLong()).isZero();
        } finally {
            server.stop();
            if (store != null) {
                store.close();
            }
        }
    }

    @Test
    void aStoreThatFailedToOpenIsReportedAs503() throws Exception {
        CompletableFuture<ArticleStore> opening = new CompletableFuture<>();
        opening.completeExceptionally(new IOException("disk gone"));
        SynopticServer server = new SynopticServer(opening, new SynopticServer.Config("127.0.0.1", 0, "t", 1024)).start();
        try {
            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).get("state").asText()).isEqualTo("failed");
            assertThat(health.body()).contains("disk gone");
            assertThat(get(server, "/api/stories").statusCode()).isEqualTo(503);
        } finally {
            server.stop();
        }
    }
}
