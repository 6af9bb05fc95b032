package org.synoptic.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a batch of user-named inputs into articles: files and folders (read recursively in name order), http(s)
 * URLs, {@code .urls} files with one URL per line, and {@code .gz} files of any of these formats.
 *
 * <p>Formats: plain text ({@code .txt}, {@code .md}), HTML ({@code .html}, {@code .htm}), JSON ({@code .json}),
 * JSON lines ({@code .jsonl}, {@code .ndjson}) and RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}); a
 * file without extension, a fetched body and a text file that starts like markup are sniffed.
 *
 * The input {@code -} is standard input, its format sniffed. The bytes of every input go to {@link ArticleParser}.
 *
 * <p>Every input ends as read, skipped (a file type we do not read, a hidden file) or rejected with a reason; a bad
 * input never stops the batch. Memory per input is bounded by {@code maxBytes}: the cap on one article's input (a
 * JSON line; a whole file of another format), a fetched body and a decompressed {@code .gz}; JSON-lines files are
 * streamed, so their size is not capped. Article ids are made unique within the batch by appending {@code -2},
 * {@code -3}. Thread-safe: all state of a batch lives in the call.
 */
public final class ArticleIngester {

    /** Default cap on one article's input (a JSON line, another file), a fetched body or decompressed archive. */
    public static final long DEFAULT_MAX_BYTES = ArticleParser.DEFAULT_MAX_ITEM_BYTES;
    /** Default bound on one whole fetch: connect, headers and body. */
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);
    /** Default limit of redirects followed per URL. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    /** The source name of standard input, read for the input {@code -}. */
    public static final String STDIN = "stdin";

    private static final String FORMATS = ".txt, .md, .json, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, .urls, .gz";

    private final long maxBytes;
    private final UrlFetcher fetcher;
    private final ArticleParser parser;
    private final java.util.function.Supplier<InputStream> standardInput;

    public ArticleIngester() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleIngester(long maxBytes) {
        this(builder().maxBytes(maxBytes));
    }

    private ArticleIngester(Builder builder) {
        this.maxBytes = builder.maxBytes;
        this.parser = new ArticleParser(builder.maxBytes);
        this.standardInput = builder.standardInput;
        this.fetcher = new UrlFetcher(builder.fetchTimeout, builder.maxBytes, builder.maxRedirects,
                builder.allowPrivate, builder.resolver);
    }

    /** A builder with the defaults: 10 MB cap, public addresses only, 20 s fetch timeout, 5 redirects. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every input; each string is a file or folder path, an http(s) URL, or {@code -} for standard input, as
     * the user gave it. Collects the whole batch, origins included: for large inputs stream to a sink instead.
     */
    public IngestReport ingest(List<String> inputs) {
        return ingest(inputs, (source, articles) -> { });
    }

    /**
     * Reads every input like {@link #ingest(List)}, telling {@code afterInput} after each file or URL its source and
     * the number of articles read so far (for progress reports; called on this thread, must not throw).
     */
    public IngestReport ingest(List<String> inputs, java.util.function.ObjIntConsumer<String> afterInput) {
        ReportCollector collector = new ReportCollector();
        ingest(inputs, collector, afterInput);
        return collector.report();
    }

    /**
     * Reads every input, streaming each article (with a batch-unique id) and each outcome to {@code sink} as it is
     * read, and telling {@code afterInput} after each file or URL its source and the number of articles so far. Holds
     * no article: memory stays bounded whatever the inputs' size, unless the sink keeps them.
     */
    public void ingest(List<String> inputs, ArticleSink sink, java.util.function.ObjIntConsumer<String> afterInput) {
        UniqueIds batch = new UniqueIds(sink);
        for (String input : inputs) {
            if (input.equals("-")) {
                parser.parse(standardInput.get(), null, STDIN, batch);
                afterInput.accept(STDIN, batch.articles());
                continue;
            }
            if (ArticleParser.isUrl(input)) {
                readUrl(input, batch);
                afterInput.accept(input, batch.articles());
                continue;
            }
            for (Path file : expand(input, batch)) {
                String source = input.equals(file.toString()) || Path.of(input).equals(file) ? input : file.toString();
                readFile(file, source, batch);
                afterInput.accept(source, batch.articles());
            }
        }
    }

    private List<Path> expand(String input, ArticleSink batch) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            batch.outcome(InputOutcome.rejected(input, "no such file or folder"));
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
            batch.outcome(InputOutcome.rejected(input, "cannot list folder: " + e.getMessage()));
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

    private void readFile(Path file, String source, UniqueIds batch) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        if (InputFormat.ofName(inner) == null && !inner.endsWith(".urls") && lower.contains(".")) {
            batch.outcome(InputOutcome.skipped(source, "not an article format (" + FORMATS + ")"));
            return;
        }
        if (inner.endsWith(".urls")) {
            readUrlList(file, source, lower.endsWith(".gz"), batch);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, null, source, batch);
        } catch (IOException e) {
            batch.outcome(InputOutcome.rejected(source, "cannot read: " + e.getMessage()));
        }
    }

    private void readUrlList(Path file, String source, boolean gzipped, UniqueIds batch) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejectedException("too large: " + size + " bytes (limit " + maxBytes + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            String list = new TextDecoder().decode(gzipped ? gunzip(bytes) : bytes);
            int before = batch.articles();
            int urls = 0;
            for (String line : list.split("\\R")) {
                String url = line.strip();
                if (url.isEmpty() || url.startsWith("#")) {
                    continue;
                }
                urls++;
                if (ArticleParser.isUrl(url)) {
                    readUrl(url, batch);
                } else {
                    batch.outcome(InputOutcome.rejected(url, "not an http(s) URL in " + source));
                }
            }
            if (urls == 0) {
                throw new InputRejectedException("URL list without URLs");
            }
            batch.outcome(InputOutcome.read(source, batch.articles() - before));
        } catch (InputRejectedException e) {
            batch.outcome(InputOutcome.rejected(source, e.getMessage()));
        } catch (IOException e) {
            batch.outcome(InputOutcome.rejected(source, "cannot read: " + e.getMessage()));
        }
    }

    private void readUrl(String url, UniqueIds batch) {
        UrlFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (InputRejectedException e) {
            batch.outcome(InputOutcome.rejected(url, e.getMessage()));
            return;
        }
        parser.parse(new ByteArrayInputStream(fetched.body()), fetched.contentType(), url, fetched.url(), batch);
    }

    /** Decompresses gzip data, refusing more than {@code maxBytes} of output (a gzip bomb). */
    private byte[] gunzip(byte[] gz) throws InputRejectedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) (Math.min(Integer.MAX_VALUE - 16L, maxBytes) + 1));
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

    /**
     * Options of an {@link ArticleIngester}. Not thread-safe; the ingester it builds is.
     */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private boolean allowPrivate;
        private Duration fetchTimeout = DEFAULT_FETCH_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private UrlFetcher.Resolver resolver = InetAddress::getAllByName;
        private java.util.function.Supplier<InputStream> standardInput = () -> System.in;

        private Builder() {
        }

        /**
         * Cap in bytes on one article's input (a JSON line; a whole file of another format), on a fetched body and on
         * a decompressed archive of a format read whole.
         */
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

        /** Where the input {@code -} reads from ({@code System.in} by default); the stream is not closed. */
        public Builder standardInput(java.util.function.Supplier<InputStream> in) {
            this.standardInput = java.util.Objects.requireNonNull(in, "standardInput");
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
