package org.synoptic.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article objects from JSON: a {@code .json} document holds one object or an array of them; a line of a
 * {@code .jsonl} / {@code .ndjson} file holds one object ({@link #line}, called by {@link ArticleParser}, which
 * streams the lines). Fields: {@code id, url, title, text, html, outlet, author, published, language}; only
 * {@code text} or {@code html} is required.
 *
 * <p>A bad element or line is rejected on its own ({@code file.jsonl:7}, {@code file.json#3}) and the others are
 * read. A document that is not JSON at all, or of the wrong shape, is rejected whole. Nesting depth is capped, so
 * pathological documents fail fast. Stateless and thread-safe.
 */
final class JsonReader implements ArticleReader {

    private static final int MAX_DEPTH = 64;

    private final TextDecoder decoder = new TextDecoder();
    private final ObjectMapper mapper = JsonMapper.builder().build();

    JsonReader() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        return readDocument(source, baseId, decoder.decode(bytes), problems);
    }

    /**
     * Reads one line of a JSON-lines file.
     *
     * @param json       the decoded line
     * @param part       the line's source ({@code file.jsonl:7})
     * @param fallbackId the id when the record brings none
     */
    ArticleDraft line(String json, String part, String fallbackId) throws InputRejectedException {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException("malformed JSON: " + e.getOriginalMessage());
        }
        return toDraft(node, fallbackId, part, "jsonl");
    }

    private List<ArticleDraft> readDocument(String source, String baseId, String content, List<InputOutcome> problems)
            throws InputRejectedException {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException("malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InputRejectedException("empty JSON document");
        }
        if (root.isObject()) {
            return List.of(toDraft(root, baseId, source, "json"));
        }
        if (!root.isArray()) {
            throw new InputRejectedException("JSON of the wrong shape: expected an article object or an array of them, got "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String part = source + "#" + (i + 1);
            try {
                drafts.add(toDraft(root.get(i), baseId + "-" + (i + 1), part, "json"));
            } catch (InputRejectedException e) {
                problems.add(InputOutcome.rejected(part, e.getMessage()));
            }
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            throw new InputRejectedException("empty JSON array");
        }
        return drafts;
    }

    private ArticleDraft toDraft(JsonNode node, String fallbackId, String source, String format) throws InputRejectedException {
        if (node == null || !node.isObject()) {
            throw new InputRejectedException("JSON of the wrong shape: expected an article object");
        }
        String text = field(node, "text");
        String html = field(node, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            throw new InputRejectedException("article has neither \"text\" nor \"html\"");
        }
        String id = field(node, "id");
        boolean given = id != null && !id.isBlank();
        return new ArticleDraft(given ? id.strip() : fallbackId, source, field(node, "url"),
                field(node, "title"), text, html, field(node, "outlet"), field(node, "author"),
                field(node, "published"), field(node, "language"), format, given);
    }

    private static String field(JsonNode node, String name) throws InputRejectedException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InputRejectedException("field \"" + name + "\" must be a string");
        }
        return value.asText();
    }
}
