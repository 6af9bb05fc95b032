package org.synoptic.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Where the job's store lives: an OpenSearch URL and the prefix of its three indices ({@code <prefix>-articles},
 * {@code <prefix>-stories}, {@code <prefix>-digests}). Serializable, so it travels with the job graph; each task makes
 * its own client ({@link #client()}).
 *
 * <p>The index templates (mappings with German and English analysis) are resources under {@code opensearch/};
 * {@link #installTemplates()} puts them, so indices the job creates by writing get them.
 */
public record OpenSearchTarget(String url, String prefix) implements Serializable {

    /** The templates shipped in {@code src/main/resources/opensearch/}, by name. */
    static final String[] TEMPLATES = {"articles", "stories", "digests"};

    public OpenSearchTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '-' or '_': " + prefix);
        }
    }

    public String articles() {
        return prefix + "-articles";
    }

    public String stories() {
        return prefix + "-stories";
    }

    public String digests() {
        return prefix + "-digests";
    }

    /** A new client; the caller closes its transport ({@code client._transport().close()}). */
    public OpenSearchClient client() {
        try {
            HttpHost host = HttpHost.create(url);
            return new OpenSearchClient(ApacheHttpClient5TransportBuilder.builder(host)
                    .setMapper(new JacksonJsonpMapper()).build());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an OpenSearch URL: " + url, e);
        }
    }

    /**
     * Puts the index templates for this prefix ({@code PUT _index_template/<prefix>-<name>}), replacing older ones.
     * Idempotent: the job calls it at start.
     */
    public void installTemplates() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String name : TEMPLATES) {
            String body;
            try (InputStream in = OpenSearchTarget.class.getResourceAsStream("/opensearch/" + name + "-template.json")) {
                if (in == null) {
                    throw new IOException("missing resource opensearch/" + name + "-template.json");
                }
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${prefix}", prefix);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/_index_template/"
                            + prefix + "-" + name))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("OpenSearch refused template " + name + ": " + response.statusCode() + " "
                        + response.body());
            }
        }
    }
}
