package org.synoptic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.model.Article;
import org.synoptic.store.ServerFile;

/**
 * Hands articles to the server that has a store open ({@link ServerFile}), through its REST API, for
 * {@code synoptic ingest --store DIR} while {@code synoptic serve --store DIR} runs: Lucene lets one process write a
 * store, so the second one posts instead of opening it.
 *
 * <p>Articles go in batches of at most the given count and well under the server's body limit; fields the reader
 * inferred (language, date) are left out, so the server infers them the same way. Not thread-safe; one per run.
 */
final class StoreHandOff {

    /** What the server reported for all batches together, and its totals after the last one. */
    record Outcome(long stored, long duplicates, long rejected, long articles, long stories) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ServerFile server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI base;

    StoreHandOff(ServerFile server) {
        this.server = server;
        String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        this.base = URI.create("http://" + host + ":" + server.port());
    }

    /** Where the server listens, for messages. */
    String where() {
        return base + " (process " + server.pid() + ")";
    }

    /** Whether a server answers {@code /health} there; false when nobody listens (a file left by a killed server). */
    boolean answers() throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Posts the articles in batches; each batch is stored and committed by the server before the next is sent.
     *
     * @throws IOException when the server refuses a batch (the message says why and how far it got)
     */
    Outcome send(List<Article> articles, int batch) throws IOException, InterruptedException {
        long limit = Math.max(1024, server.maxBodyBytes() * 3 / 4);
        long stored = 0;
        long duplicates = 0;
        long rejected = 0;
        List<Map<String, Object>> pending = new ArrayList<>();
        long pendingBytes = 2;
        for (Article a : articles) {
            Map<String, Object> json = toJson(a);
            long bytes = JSON.writeValueAsBytes(json).length + 1;
            if (!pending.isEmpty() && (pending.size() >= batch || pendingBytes + bytes > limit)) {
                JsonNode r = post(pending, stored + duplicates + rejected);
                stored += r.path("stored").asLong();
                duplicates += r.path("duplicates").asLong();
                rejected += r.path("rejected").asLong();
                pending.clear();
                pendingBytes = 2;
            }
            pending.add(json);
            pendingBytes += bytes;
        }
        if (!pending.isEmpty()) {
            JsonNode r = post(pending, stored + duplicates + rejected);
            stored += r.path("stored").asLong();
            duplicates += r.path("duplicates").asLong();
            rejected += r.path("rejected").asLong();
        }
        JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return new Outcome(stored, duplicates, rejected, health.path("articles").asLong(), health.path("stories").asLong());
    }

    private JsonNode post(List<Map<String, Object>> batch, long done) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + server.token())
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(batch))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 201 && r.statusCode() != 400) {
            throw new IOException("the server at " + where() + " refused a batch after " + done + " articles: HTTP "
                    + r.statusCode() + ": " + r.body().strip());
        }
        // 400 with outcomes: every article of the batch was rejected, which the counts report
        JsonNode body = JSON.readTree(r.body());
        if (!body.has("outcomes")) {
            throw new IOException("the server at " + where() + " answered a batch with HTTP " + r.statusCode() + ": "
                    + r.body().strip());
        }
        return body;
    }

    private static Map<String, Object> toJson(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        putIfGiven(m, a, "url", a.url());
        putIfGiven(m, a, "canonicalUrl", a.canonicalUrl());
        putIfGiven(m, a, "title", a.title());
        m.put("text", a.text());
        putIfGiven(m, a, "outlet", a.outlet());
        putIfGiven(m, a, "author", a.author());
        putIfGiven(m, a, "published", a.published());
        putIfGiven(m, a, "language", a.language());
        return m;
    }

    /** Puts a field the input gave; an inferred one is left for the server to infer the same way. */
    private static void putIfGiven(Map<String, Object> m, Article a, String key, String value) {
        if (value != null && !a.inferred().contains(key)) {
            m.put(key, value);
        }
    }
}
