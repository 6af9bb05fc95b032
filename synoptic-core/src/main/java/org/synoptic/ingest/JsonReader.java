package org.synoptic.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
 * read. A document of several values one after another (JSON lines in a {@code .json} file, {@code {…}{…}} in a
 * body) is read value by value, each an article; text after a value that is no JSON value is rejected with its
 * line, never dropped. A document that is not JSON at all, or of the wrong shape, is rejected whole. Nesting depth is capped, so
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
        List<JsonNode> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(content)) {
            JsonToken token = parser.nextToken();
            while (token != null) {
                lines.add(parser.currentTokenLocation().getLineNr());
                values.add(mapper.readTree(parser));
                try {
                    token = parser.nextToken();
                } catch (JsonProcessingException e) {
                    // what follows a value must be another value: trailing text is reported, never dropped
                    String where = source + ":" + e.getLocation().getLineNr();
                    if (values.size() == 1) {
                        throw new InputRejectedException("malformed JSON after the first value (line "
                                + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
                    }
                    problems.add(InputOutcome.rejected(where, "malformed JSON after value " + values.size() + ": "
                            + e.getOriginalMessage()));
                    token = null;
                }
            }
        } catch (JsonProcessingException e) {
            if (values.isEmpty()) {
                throw new InputRejectedException("malformed JSON: " + e.getOriginalMessage());
            }
            problems.add(InputOutcome.rejected(source + ":" + e.getLocation().getLineNr(), "malformed JSON: "
                    + e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new InputRejectedException("cannot read JSON: " + e.getMessage());
        }
        if (values.isEmpty()) {
            throw new InputRejectedException("empty JSON document");
        }
        if (values.size() > 1) {
            return concatenated(values, lines, source, baseId, problems);
        }
        JsonNode root = values.get(0);
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

    /**
     * A document of several JSON values one after another (JSON lines in a {@code .json} file, objects run together
     * in a POST body): each value is an article, named by the line it starts on ({@code file.json:3}) as a JSON-lines
     * record is.
     */
    private List<ArticleDraft> concatenated(List<JsonNode> values, List<Integer> lines, String source, String baseId,
                                            List<InputOutcome> problems) {
        List<ArticleDraft> drafts = new ArrayList<>();
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String part = source + ":" + lines.get(i);
            part = parts.add(part) ? part : source + "#" + (i + 1); // several values on one line
            try {
                drafts.add(toDraft(values.get(i), baseId + "-" + (i + 1), part, "json"));
            } catch (InputRejectedException e) {
                problems.add(InputOutcome.rejected(part, e.getMessage()));
            }
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
                field(node, "published"), field(node, "language"), format, given, field(node, "canonicalUrl"));
    }

    private static String field(JsonNode node, String name) throws InputRejectedException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !(name.equals("id") && value.isIntegralNumber())) {
            throw new InputRejectedException("field \"" + name + "\" must be a string"
                    + (name.equals("id") ? " or an integer" : "") + ", not "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText();
    }
}
