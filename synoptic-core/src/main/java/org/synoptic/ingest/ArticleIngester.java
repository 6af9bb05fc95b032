package org.synoptic.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.synoptic.model.Article;

/**
 * Reads a batch of user-named inputs (files and folders, read recursively in name order) into articles.
 *
 * <p>Every input ends as read, skipped (a file type we do not read, a hidden file) or rejected with a reason; a bad
 * input never stops the batch. Article ids are made unique within the batch by appending {@code -2}, {@code -3}.
 * Stateless and thread-safe: all state of a batch lives in the call.
 */
public final class ArticleIngester {

    /** Default cap on the size of one input file. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final ArticleAssembler assembler = new ArticleAssembler();

    public ArticleIngester() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleIngester(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads every input; each string is a file or folder path as the user gave it. */
    public IngestReport ingest(List<String> inputs) {
        List<Article> articles = new ArrayList<>();
        List<InputOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> idCounts = new HashMap<>();
        for (String input : inputs) {
            for (Path file : expand(input, outcomes)) {
                String source = input.equals(file.toString()) || Path.of(input).equals(file) ? input : file.toString();
                for (Article article : readFile(file, source, outcomes)) {
                    int seen = idCounts.merge(article.id(), 1, Integer::sum);
                    articles.add(seen == 1 ? article : article.withId(article.id() + "-" + seen));
                }
            }
        }
        return new IngestReport(articles, outcomes);
    }

    private List<Path> expand(String input, List<InputOutcome> outcomes) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            outcomes.add(InputOutcome.rejected(input, "fetching URLs is not supported yet; save the page and pass the file"));
            return List.of();
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            outcomes.add(InputOutcome.rejected(input, "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path, p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            outcomes.add(InputOutcome.rejected(input, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private List<Article> readFile(Path file, String source, List<InputOutcome> outcomes) {
        String name = file.getFileName().toString();
        ArticleReader reader = readerFor(name);
        if (reader == null) {
            outcomes.add(InputOutcome.skipped(source, "not an article format (.txt, .md, .json, .jsonl, .ndjson, .html, .htm)"));
            return List.of();
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejectedException("too large: " + size + " bytes (limit " + maxBytes + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()
                    && isBlank(bytes)) {
                throw new InputRejectedException("empty or whitespace only");
            }
            List<InputOutcome> problems = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            for (ArticleDraft draft : reader.read(source, baseId(name), bytes, problems)) {
                try {
                    articles.add(assembler.assemble(draft));
                } catch (InputRejectedException e) {
                    problems.add(InputOutcome.rejected(draft.source(), e.getMessage()));
                }
            }
            if (articles.isEmpty() && problems.size() == 1 && problems.get(0).source().equals(source)) {
                outcomes.addAll(problems);
                return List.of();
            }
            outcomes.add(InputOutcome.read(source, articles.size()));
            outcomes.addAll(problems);
            return articles;
        } catch (InputRejectedException e) {
            outcomes.add(InputOutcome.rejected(source, e.getMessage()));
        } catch (IOException e) {
            outcomes.add(InputOutcome.rejected(source, "cannot read: " + e.getMessage()));
        }
        return List.of();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace((char) (b & 0xFF)) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static ArticleReader readerFor(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".text")) {
            return new PlainTextReader();
        }
        if (lower.endsWith(".json")) {
            return new JsonReader(false);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return new JsonReader(true);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return new HtmlReader();
        }
        return null;
    }

    private static String baseId(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
