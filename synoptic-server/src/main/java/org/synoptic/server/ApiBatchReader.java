package org.synoptic.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import org.synoptic.model.Article;

/**
 * Reads the body of {@code POST /api/articles}: one article object, an array of them, or {@code {"articles":[…]}},
 * with the fields of the JSON input format ({@code id, url, title, text, html, outlet, author, published, language}).
 *
 * <p>Design decision: the body is handed to the same {@link ArticleIngester} that reads files for
 * {@code synoptic ingest}, through a private temporary file, so the API and the command line clean, infer and reject
 * articles identically. An article without an {@code id} gets one derived from its content, so posting it twice gives
 * the same id. Sources read {@code api#N}.
 *
 * <p>Stateless and thread-safe.
 */
final class ApiBatchReader {

    private static final int MAX_DEPTH = 32;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    ApiBatchReader() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    /**
     * Reads the articles of a body.
     *
     * @throws ApiException 400 when the body is not JSON or not of an accepted shape
     */
    IngestReport read(byte[] body) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isObject() && root.has("articles")) {
            root = root.get("articles");
        }
        ArrayNode items = mapper.createArrayNode();
        if (root != null && root.isObject()) {
            items.add(root);
        } else if (root != null && root.isArray()) {
            items.addAll((ArrayNode) root);
        } else {
            throw ApiException.badRequest("expected an article object, an array of them or {\"articles\":[…]}");
        }
        if (items.isEmpty()) {
            throw ApiException.badRequest("no articles in the request");
        }
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object && (!object.hasNonNull("id") || object.get("id").asText().isBlank())) {
                object.put("id", "api-" + contentId(object));
            }
        }
        Path dir = Files.createTempDirectory("synoptic-api");
        Path file = dir.resolve("api.json");
        try {
            Files.write(file, mapper.writeValueAsBytes(items));
            IngestReport report = new ArticleIngester().ingest(List.of(file.toString()));
            String prefix = file.toString();
            List<Article> articles = new ArrayList<>();
            for (Article a : report.articles()) {
                articles.add(new Article(a.id(), "api" + a.source().substring(prefix.length()), a.url(), a.title(),
                        a.text(), a.outlet(), a.author(), a.published(), a.language(), a.inferred()));
            }
            List<InputOutcome> outcomes = new ArrayList<>();
            for (InputOutcome o : report.outcomes()) {
                String source = o.source().startsWith(prefix) ? "api" + o.source().substring(prefix.length()) : o.source();
                outcomes.add(new InputOutcome(source, o.status(), o.reason(), o.articles()));
            }
            return new IngestReport(articles, outcomes);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static String contentId(ObjectNode object) {
        String key = object.path("url").asText("") + "\n" + object.path("title").asText("") + "\n"
                + object.path("text").asText("") + "\n" + object.path("html").asText("");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
