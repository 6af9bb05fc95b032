package org.synoptic.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.synoptic.ingest.ArticleParser;
import org.synoptic.ingest.IngestReport;

/**
 * Reads the body of {@code POST /api/articles} by its {@code Content-Type}:
 * <ul>
 *   <li>{@code application/json} (or none): one article object, an array of them, or {@code {"articles":[…]}},
 *       with the fields of the JSON input format ({@code id, url, title, text, html, outlet, author, published,
 *       language}); sources read {@code api#N};</li>
 *   <li>{@code application/x-ndjson}, {@code application/jsonl}: JSON lines ({@code api:N});</li>
 *   <li>{@code application/rss+xml}, {@code application/atom+xml}, {@code application/xml}, {@code text/xml}: a
 *       feed, one article per item ({@code api#N});</li>
 *   <li>{@code text/html}, {@code application/xhtml+xml}: a page; {@code text/plain}, {@code text/markdown}: a
 *       text (source {@code api}).</li>
 * </ul>
 * Any other type is refused with 415.
 *
 * <p>Design decision: the body goes, in memory, to the same {@link ArticleParser} that reads files for
 * {@code synoptic ingest}, so the API and the command line clean, infer and reject articles identically. An article
 * whose input gives no id gets one derived from its content ({@link ArticleParser#withContentIds()}), so posting it
 * twice gives the same id.
 *
 * <p>Stateless and thread-safe.
 */
final class ApiBatchReader {

    private static final int MAX_DEPTH = 32;
    private static final String SOURCE = "api";
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/x-ndjson", "application/jsonl",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "text/html", "application/xhtml+xml", "text/plain", "text/markdown");

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final ArticleParser parser;

    ApiBatchReader() {
        this(ArticleParser.DEFAULT_MAX_ITEM_BYTES);
    }

    /** A reader that caps one article's input at {@code maxItemBytes}. */
    ApiBatchReader(long maxItemBytes) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        parser = new ArticleParser(maxItemBytes).withContentIds();
    }

    /** Reads the articles of a JSON body; as {@link #read(byte[], String)} with {@code application/json}. */
    IngestReport read(byte[] body) throws IOException {
        return read(body, null);
    }

    /**
     * Reads the articles of a body.
     *
     * @param contentType the request's {@code Content-Type}; {@code null} or blank reads JSON
     * @throws ApiException 400 when a JSON body is not JSON or not of an accepted shape; 415 for a content type
     *                      that is no article format
     */
    IngestReport read(byte[] body, String contentType) throws IOException {
        String mediaType = contentType == null ? "" : mediaType(contentType);
        if (mediaType.isEmpty() || mediaType.equals("application/json")) {
            return parser.parse(jsonArray(body), "application/json", SOURCE);
        }
        if (!DOCUMENT_TYPES.contains(mediaType)) {
            throw new ApiException(415, "unsupported content type: " + mediaType + " (use application/json, "
                    + "application/x-ndjson, a feed type, text/html or text/plain)");
        }
        return parser.parse(body, contentType, SOURCE);
    }

    /** The articles of a JSON body as one JSON array, or a 400 for a body of another shape. */
    private byte[] jsonArray(byte[] body) throws IOException {
        // every value of the body is read: {…}{…} or JSON lines are several articles, and text after a value that is
        // no JSON value refuses the body, so nothing posted is dropped unseen
        ArrayNode items = mapper.createArrayNode();
        int values = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(body)) {
            while (parser.nextToken() != null) {
                JsonNode root = mapper.readTree(parser);
                values++;
                if (root != null && root.isObject() && root.has("articles")) {
                    root = root.get("articles");
                }
                if (root != null && root.isObject()) {
                    items.add(root);
                } else if (root != null && root.isArray()) {
                    items.addAll((ArrayNode) root);
                } else {
                    throw ApiException.badRequest("expected an article object, an array of them or {\"articles\":[…]}"
                            + (values > 1 ? " (value " + values + " of the body)" : ""));
                }
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON" + (values > 0 ? " after value " + values : "") + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        }
        if (items.isEmpty()) {
            throw ApiException.badRequest("no articles in the request");
        }
        return mapper.writeValueAsBytes(items);
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
