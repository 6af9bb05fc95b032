package org.synoptic.stream;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.util.Objects;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.synoptic.store.opensearch.OpenSearchIndices;

/**
 * Where the job's store lives: an OpenSearch URL and the prefix of its three indices ({@code <prefix>-articles},
 * {@code <prefix>-stories}, {@code <prefix>-digests}). Serializable, so it travels with the job graph; each task makes
 * its own client ({@link #client()}).
 *
 * <p>The index templates (mappings with German and English analysis) are synoptic-store's resources under
 * {@code opensearch/} ({@link OpenSearchIndices}), which the server's reader uses too; {@link #installTemplates()}
 * puts them, so indices the job creates by writing get them.
 */
public record OpenSearchTarget(String url, String prefix) implements Serializable {

    public OpenSearchTarget {
        Objects.requireNonNull(url, "url");
        indices(url, prefix); // the URL and prefix rules are the indices' own
    }

    /** The indices this target writes: one definition of their names, shared with the server's reader. */
    private static OpenSearchIndices indices(String url, String prefix) {
        return new OpenSearchIndices(url, prefix);
    }

    public String articles() {
        return indices(url, prefix).articles();
    }

    public String stories() {
        return indices(url, prefix).stories();
    }

    public String digests() {
        return indices(url, prefix).digests();
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
     * Idempotent: the job calls it at start. The templates live in synoptic-store ({@link OpenSearchIndices}), the one
     * place the job and the server's reader share.
     */
    public void installTemplates() throws IOException {
        indices(url, prefix).installTemplates();
    }
}
