package org.synoptic.store.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The three indices of one distributed deployment in OpenSearch, {@code <prefix>-articles}, {@code <prefix>-stories}
 * and {@code <prefix>-digests}, and their index templates: the one place the mappings live (resources
 * {@code opensearch/<name>-template.json}, with {@code ${prefix}} for the prefix), put by the stream job at start
 * and read by {@link OpenSearchRepository}.
 *
 * <p>Titles, texts and headlines are indexed three ways: {@code standard}, {@code .de} (OpenSearch's {@code german}
 * analyzer) and {@code .en} ({@code english}). Facets are keyword fields: {@code outlet}, {@code language},
 * {@code storyId}, {@code entity} (the names the story's digest found in the article); {@code published} is a date;
 * {@code entities} holds those names with their spelling variants, ASCII-folded.
 *
 * @param url    the OpenSearch URL, e.g. {@code http://localhost:9200}
 * @param prefix the index prefix: lower-case letters, digits, '-' or '_'
 */
public record OpenSearchIndices(String url, String prefix) {

    /** The templates shipped as resources, by name. */
    public static final List<String> TEMPLATES = List.of("articles", "stories", "digests");

    public OpenSearchIndices {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '-' or '_': " + prefix);
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("not an OpenSearch URL (http:// or https://): " + url);
        }
        url = url.replaceAll("/+$", "");
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

    /** The template {@code name} ({@link #TEMPLATES}) with this prefix filled in, as JSON text. */
    public String template(String name) throws IOException {
        if (!TEMPLATES.contains(name)) {
            throw new IllegalArgumentException("no such template: " + name + " (one of " + TEMPLATES + ")");
        }
        try (InputStream in = OpenSearchIndices.class.getResourceAsStream("/opensearch/" + name + "-template.json")) {
            if (in == null) {
                throw new IOException("missing resource opensearch/" + name + "-template.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${prefix}", prefix);
        }
    }

    /**
     * Puts the index templates for this prefix ({@code PUT _index_template/<prefix>-<name>}), replacing older ones,
     * so indices created by the first write get them. Idempotent.
     *
     * @throws IOException when OpenSearch cannot be reached or refuses a template
     */
    public void installTemplates() throws IOException {
        OpenSearchHttp http = new OpenSearchHttp(url);
        for (String name : TEMPLATES) {
            http.put("/_index_template/" + prefix + "-" + name, template(name));
        }
        addEntityFields(http);
    }

    /**
     * Adds the entity fields ({@link ArticleDocument#entities}) to an articles index created before they existed: its
     * mapping is strict, so the deep tier's entity updates would be refused and the job would fail on each digest.
     * Design decision: {@code entities} gets the standard analyzer there (an index's analyzers cannot change while it
     * is open), so such an index finds "Mockute" only by its exact spelling until it is rebuilt on a new prefix; new
     * indices fold ASCII ({@code synoptic_folded}). Nothing happens when the index is missing or has the fields.
     */
    private void addEntityFields(OpenSearchHttp http) throws IOException {
        com.fasterxml.jackson.databind.JsonNode mapping = http.get("/" + articles() + "/_mapping");
        if (mapping == null) {
            return; // created by the job's first write, from the template
        }
        for (com.fasterxml.jackson.databind.JsonNode index : mapping) {
            if (!index.path("mappings").path("properties").has("entity")) {
                http.put("/" + articles() + "/_mapping", "{\"properties\": {\"entity\": {\"type\": \"keyword\"}, "
                        + "\"entities\": {\"type\": \"text\", \"analyzer\": \"standard\"}}}");
                return;
            }
        }
    }
}
