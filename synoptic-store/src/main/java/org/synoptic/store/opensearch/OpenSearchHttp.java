package org.synoptic.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP to one OpenSearch node: the few calls the reader and the template installer make, with
 * {@code java.net.http} and Jackson (no OpenSearch client on the server's classpath).
 *
 * <p>Errors: 404 is an answer ({@code null}: no such document or index); 400 (a query OpenSearch cannot parse)
 * throws {@link IllegalArgumentException} with OpenSearch's reason; any other failure, and an unreachable node, throws
 * {@link IOException} naming the URL. Thread-safe.
 */
final class OpenSearchHttp {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient http;

    OpenSearchHttp(String base) {
        this.base = base.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** GET {@code path}; {@code null} on 404. */
    JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POST {@code body} as JSON to {@code path}; {@code null} on 404. */
    JsonNode post(String path, JsonNode body) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    /** PUT the JSON text {@code body} to {@code path}. */
    JsonNode put(String path, String body) throws IOException {
        JsonNode answer = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (answer == null) {
            throw new IOException("OpenSearch at " + base + " answered 404 to PUT " + path);
        }
        return answer;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        HttpRequest r = request.timeout(REQUEST_TIMEOUT).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while asking OpenSearch at " + base);
        } catch (IOException e) {
            throw new IOException("OpenSearch at " + base + " cannot be reached: " + e, e);
        }
        int status = response.statusCode();
        if (status == 404) {
            return null;
        }
        JsonNode body = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (status == 400) {
            throw new IllegalArgumentException("OpenSearch refused the request: " + reason(body));
        }
        if (status / 100 != 2) {
            throw new IOException("OpenSearch at " + base + " answered " + status + " to " + r.method() + " "
                    + r.uri().getPath() + ": " + reason(body));
        }
        return body;
    }

    /** The root cause's reason of an OpenSearch error body, else the body. */
    private static String reason(JsonNode body) {
        JsonNode error = body.path("error");
        JsonNode root = error.path("root_cause").path(0);
        if (root.hasNonNull("reason")) {
            return root.path("reason").asText();
        }
        return error.hasNonNull("reason") ? error.path("reason").asText() : body.toString();
    }
}
