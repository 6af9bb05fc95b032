package org.synoptic.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.synoptic.model.Article;

/**
 * Reads a batch of user-named inputs into articles: files and folders (read recursively in name order), http(s)
 * URLs, {@code .urls} files with one URL per line, and {@code .gz} files of any of these formats.
 *
 * <p>Formats: plain text ({@code .txt}, {@code .md}), HTML ({@code .html}, {@code .htm}), JSON ({@code .json}),
 * JSON lines ({@code .jsonl}, {@code .ndjson}) and RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}); a
 * file without extension, a fetched body and a text file that starts like markup are sniffed.
 *
 * <p>Every input ends as read, skipped (a file type we do not read, a hidden file) or rejected with a reason; a bad
 * input never stops the batch. Memory per input is bounded by {@code maxBytes} (the cap on a file, a fetched body
 * and a decompressed {@code .gz}). Article ids are made unique within the batch by appending {@code -2}, {@code -3}.
 * Thread-safe: all state of a batch lives in the call.
 */
public final class ArticleIngester {

    /** Default cap on the size of one input file, fetched body or decompressed archive. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Default bound on one whole fetch: connect, headers and body. */
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);
    /** Default limit of redirects followed per URL. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    private static final String FORMATS = ".txt, .md, .json, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, .urls, .gz";

    private final long maxBytes;
    private final UrlFetcher fetcher;
    private final ArticleAssembler assembler = new ArticleAssembler();

    public ArticleIngester() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleIngester(long maxBytes) {
        this(builder().maxBytes(maxBytes));
    }

    private ArticleIngester(Builder builder) {
        this.maxBytes = builder.maxBytes;
        this.fetcher = new UrlFetcher(builder.fetchTimeout, builder.maxBytes, builder.maxRedirects,
                builder.allowPrivate, builder.resolver);
    }

    /** A builder with the defaults: 10 MB cap, public addresses only, 20 s fetch timeout, 5 redirects. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads every input; each string is a file or folder path, or an http(s) URL, as the user gave it. */
    public IngestReport ingest(List<String> inputs) {
        return ingest(inputs, (source, articles) -> { });
    }

    /**
     * Reads every input like {@link #ingest(List)}, telling {@code afterInput} after each file or URL its source and
     * the number of articles read so far (for progress reports; called on this thread, must not throw).
     */
    public IngestReport ingest(List<String> inputs, java.util.function.ObjIntConsumer<String> afterInput) {
        Batch batch = new Batch();
        for (String input : inputs) {
            if (isUrl(input)) {
                readUrl(input, batch);
                afterInput.accept(input, batch.articles.size());
                continue;
            }
            for (Path file : expand(input, batch)) {
                String source = input.equals(file.toString()) || Path.of(input).equals(file) ? input : file.toString();
                readFile(file, source, batch);
                afterInput.accept(source, batch.articles.size());
            }
        }
        return new IngestReport(batch.articles, batch.outcomes, batch.origins);
    }

    private static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private List<Path> expand(String input, Batch batch) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            batch.outcomes.add(InputOutcome.rejected(input, "no such file or folder"));
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
            batch.outcomes.add(InputOutcome.rejected(input, "cannot list folder: " + e.getMessage()));
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

    private void readFile(Path file, String source, Batch batch) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (InputFormat.ofName(lower) == null && !lower.endsWith(".gz") && !lower.endsWith(".urls")
                && lower.contains(".")) {
            batch.outcomes.add(InputOutcome.skipped(source, "not an article format (" + FORMATS + ")"));
            return;
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejectedException("too large: " + size + " bytes (limit " + maxBytes + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (lower.endsWith(".gz")) {
                bytes = gunzip(bytes);
                name = name.substring(0, name.length() - 3);
                lower = lower.substring(0, lower.length() - 3);
            }
            if (lower.endsWith(".urls")) {
                readUrlList(source, bytes, batch);
                return;
            }
            InputFormat format = InputFormat.ofName(lower);
            if (format == null || format == InputFormat.TEXT) {
                format = InputFormat.sniff(bytes, format);
            }
            read(source, baseId(name), bytes, format, null, null, batch);
        } catch (InputRejectedException e) {
            batch.outcomes.add(InputOutcome.rejected(source, e.getMessage()));
        } catch (IOException e) {
            batch.outcomes.add(InputOutcome.rejected(source, "cannot read: " + e.getMessage()));
        }
    }

    private void readUrlList(String source, byte[] bytes, Batch batch) throws InputRejectedException {
        String list = new TextDecoder().decode(bytes);
        int before = batch.articles.size();
        int urls = 0;
        for (String line : list.split("\\R")) {
            String url = line.strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            urls++;
            if (isUrl(url)) {
                readUrl(url, batch);
            } else {
                batch.outcomes.add(InputOutcome.rejected(url, "not an http(s) URL in " + source));
            }
        }
        if (urls == 0) {
            throw new InputRejectedException("URL list without URLs");
        }
        batch.outcomes.add(InputOutcome.read(source, batch.articles.size() - before));
    }

    private void readUrl(String url, Batch batch) {
        try {
            UrlFetcher.Fetched fetched = fetcher.fetch(url);
            byte[] bytes = fetched.body();
            String contentType = fetched.contentType() == null ? "" : UrlFetcher.mediaType(fetched.contentType());
            String path = java.net.URI.create(fetched.url()).getPath();
            String name = path == null || path.endsWith("/") || path.isEmpty() ? "index"
                    : path.substring(path.lastIndexOf('/') + 1);
            if (contentType.contains("gzip") || name.toLowerCase(Locale.ROOT).endsWith(".gz")
                    && TextDecoder.startsWith(bytes, 0x1F, 0x8B)) {
                bytes = gunzip(bytes);
                name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            }
            InputFormat format = InputFormat.ofContentType(contentType);
            if (format == null || format == InputFormat.TEXT) {
                format = InputFormat.sniff(bytes, format == null ? InputFormat.ofName(name.toLowerCase(Locale.ROOT)) : format);
            }
            read(url, baseId(name), bytes, format, TextDecoder.charsetOfContentType(fetched.contentType()),
                    fetched.url(), batch);
        } catch (InputRejectedException e) {
            batch.outcomes.add(InputOutcome.rejected(url, e.getMessage()));
        }
    }

    private void read(String source, String baseId, byte[] bytes, InputFormat format, String charset, String url,
                      Batch batch) throws InputRejectedException {
        if (isBlank(bytes)) {
            throw new InputRejectedException("empty or whitespace only");
        }
        ArticleReader reader = switch (format) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader(charset, url);
            case JSON -> new JsonReader(false);
            case JSONL -> new JsonReader(true);
            case FEED -> new FeedReader();
        };
        List<InputOutcome> problems = new ArrayList<>();
        List<ArticleAssembler.Assembled> assembled = new ArrayList<>();
        for (ArticleDraft draft : reader.read(source, baseId, bytes, problems)) {
            try {
                assembled.add(assembler.assemble(url == null ? draft : draft.withUrlIfAbsent(url)));
            } catch (InputRejectedException e) {
                problems.add(InputOutcome.rejected(draft.source(), e.getMessage()));
            }
        }
        if (assembled.isEmpty() && problems.size() == 1 && problems.get(0).source().equals(source)) {
            batch.outcomes.addAll(problems);
            return;
        }
        batch.outcomes.add(InputOutcome.read(source, assembled.size()));
        batch.outcomes.addAll(problems);
        assembled.forEach(batch::add);
    }

    /** Decompresses gzip data, refusing more than {@code maxBytes} of output (a gzip bomb). */
    private byte[] gunzip(byte[] gz) throws InputRejectedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new InputRejectedException("gzip decompresses to more than " + maxBytes
                        + " bytes (limit; a gzip bomb?)");
            }
            return out;
        } catch (ZipException | java.io.EOFException e) {
            throw new InputRejectedException("malformed gzip: " + e.getMessage());
        } catch (IOException e) {
            throw new InputRejectedException("cannot decompress: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (!Character.isWhitespace((char) c) && c != 0xEF && c != 0xBB && c != 0xBF && c != 0xFE && c != 0xFF
                    && c != 0 && c != 0xA0) {
                return false;
            }
        }
        return true;
    }

    private static String baseId(String fileName) {
        int dot = fileName.indexOf('.');
        String id = dot > 0 ? fileName.substring(0, dot) : fileName;
        return id.isEmpty() ? "index" : id;
    }

    /** The mutable state of one {@link #ingest} call. */
    private static final class Batch {
        final List<Article> articles = new ArrayList<>();
        final List<ArticleOrigin> origins = new ArrayList<>();
        final List<InputOutcome> outcomes = new ArrayList<>();
        final Map<String, Integer> idCounts = new HashMap<>();

        void add(ArticleAssembler.Assembled assembled) {
            Article article = assembled.article();
            int seen = idCounts.merge(article.id(), 1, Integer::sum);
            String id = seen == 1 ? article.id() : article.id() + "-" + seen;
            articles.add(seen == 1 ? article : article.withId(id));
            origins.add(assembled.origin().withArticleId(id));
        }
    }

    /**
     * Options of an {@link ArticleIngester}. Not thread-safe; the ingester it builds is.
     */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private boolean allowPrivate;
        private Duration fetchTimeout = DEFAULT_FETCH_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private UrlFetcher.Resolver resolver = InetAddress::getAllByName;

        private Builder() {
        }

        /** Cap on one input file, fetched body or decompressed archive, in bytes. */
        public Builder maxBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /** Whether URLs may point at loopback, private and link-local addresses (off by default: SSRF). */
        public Builder allowPrivate(boolean allow) {
            this.allowPrivate = allow;
            return this;
        }

        /** Bound on one whole fetch, redirects included. */
        public Builder fetchTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("fetch timeout must be positive: " + timeout);
            }
            this.fetchTimeout = timeout;
            return this;
        }

        /** How many redirects one URL may take. */
        public Builder maxRedirects(int redirects) {
            if (redirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative: " + redirects);
            }
            this.maxRedirects = redirects;
            return this;
        }

        /** Replaces DNS resolution (tests: checking addresses without a network). */
        Builder resolver(UrlFetcher.Resolver hostResolver) {
            this.resolver = hostResolver;
            return this;
        }

        public ArticleIngester build() {
            return new ArticleIngester(this);
        }
    }
}
