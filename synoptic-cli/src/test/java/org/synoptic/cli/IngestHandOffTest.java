package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.ServerFile;

/**
 * {@code synoptic ingest --store DIR} while {@code synoptic serve --store DIR} runs in another process: the articles
 * are handed to the server and appear there, with no lock error; the server removes its file on a clean shutdown; a
 * file left by a server that is gone is reported and the store is opened directly.
 */
class IngestHandOffTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path articles(String name, String... topics) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String topic : topics) {
            lines.append(JSON.writeValueAsString(java.util.Map.of("id", name + "-" + topic.hashCode(),
                    "url", "https://handoff.example/" + name + "/" + Math.abs(topic.hashCode()),
                    "title", topic, "text", topic + " " + topic + ", teilte die Behörde am Montag mit.",
                    "outlet", "Testpost", "published", "2024-03-04", "language", "de"))).append('\n');
        }
        return Files.writeString(dir.resolve(name + ".jsonl"), lines.toString());
    }

    @Test
    void ingestHandsArticlesToTheRunningServerAndTheyAppearThere() throws Exception {
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SynopticCommand.class.getName(), "serve", "--store", store.toString(), "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve.log").toFile());
        builder.environment().remove("SYNOPTIC_TOKEN");
        Process serve = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ServerFile.path(store)) && System.nanoTime() < deadline && serve.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(ServerFile.path(store)).as(Files.exists(dir.resolve("serve.log"))
                    ? Files.readString(dir.resolve("serve.log")) : "no log").exists();
            ServerFile file = ServerFile.read(store).orElseThrow();

            CliRun run = CliRun.of("ingest", "-q", "--store", store.toString(),
                    articles("a", "Hochwasser in Passau", "Streik bei der Bahn in Leipzig", "Großbrand im Hafen von Kiel").toString());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdout()).contains("handed to the server").contains("stored 3 articles, 0 already stored")
                    .contains("holds 3 articles");
            assertThat(run.stderr()).doesNotContain("lock");

            HttpClient http = HttpClient.newHttpClient();
            JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + file.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("articles").asInt()).isEqualTo(3);
            JsonNode stories = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + file.port() + "/api/stories")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(stories.get("stories").findValuesAsText("headline")).contains("Hochwasser in Passau");

            CliRun again = CliRun.of("ingest", "-q", "--store", store.toString(), dir.resolve("a.jsonl").toString());
            assertThat(again.stdout()).contains("stored 0 articles, 3 already stored");
        } finally {
            serve.destroy(); // SIGTERM: the shutdown hook closes the store and removes the file
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ServerFile.path(store)).as("removed on a clean shutdown").doesNotExist();
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertThat(opened.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void aFileLeftByAServerThatIsGoneIsReportedAndTheStoreOpenedDirectly() throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store);
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        new ServerFile("127.0.0.1", freePort, "t", 1 << 20, 999_999).write(store);
        CliRun run = CliRun.of("ingest", "-q", "--store", store.toString(), articles("b", "Stromausfall in Ulm").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("does not answer").contains(String.valueOf(freePort));
        assertThat(run.stdout()).contains("stored 1 articles");
        assertThat(ServerFile.path(store)).doesNotExist();
    }
}
