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

    /** Why a file whose name this JVM decoded with replacement characters cannot be opened. */
    private static final String UNDECODABLE_NAME = "the file name is not valid in this system's encoding (invalid "
            + "UTF-8, or a non-ASCII name under LANG=C); run under a UTF-8 locale (LANG=C.UTF-8) or rename the file";
    /** How long opening a FIFO waits for its writer. */
    static final Duration SPECIAL_OPEN_WAIT = Duration.ofSeconds(5);
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
                String source = printable(input.equals(file.toString()) || Path.of(input).equals(file) ? input : file.toString());
                readFile(file, source, batch);
                afterInput.accept(source, batch.articles());
            }
        }
    }

    private List<Path> expand(String input, ArticleSink batch) {
        Path path;
        try {
            path = Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
            batch.outcome(InputOutcome.rejected(printable(input), "not a file name this system can open (" + e.getReason()
                    + "); run under a UTF-8 locale (LANG=C.UTF-8) or rename the file"));
            return List.of();
        }
        if (!Files.exists(path)) {
            batch.outcome(InputOutcome.rejected(printable(input), Files.isSymbolicLink(path) ? "broken symbolic link"
                    : input.indexOf('\uFFFD') >= 0 ? UNDECODABLE_NAME : "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new java.util.ArrayList<>();
        try {
            // every entry that is not read is named: a special file, a link that leads nowhere or to a folder (not
            // followed, so a loop cannot trap the walk), a folder that cannot be listed; the walk goes on past each
            Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    return !dir.equals(path) && isHidden(path, dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (isHidden(path, file)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    String skipped = attrs.isRegularFile() ? null : attrs.isSymbolicLink() ? linkProblem(file)
                            : "special file (" + kind(file) + "), not read in a folder; name it to read it";
                    if (skipped == null) {
                        files.add(file);
                    } else {
                        batch.outcome(InputOutcome.skipped(printable(file.toString()), skipped));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    batch.outcome(InputOutcome.rejected(printable(file.toString()), e instanceof java.nio.file.AccessDeniedException
                            ? "permission denied" : file.toString().indexOf('\uFFFD') >= 0 ? UNDECODABLE_NAME
                            : "cannot read: " + e.getMessage()));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            batch.outcome(InputOutcome.rejected(printable(input), "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /**
     * A path as a one-line label: control characters in a file name ({@code \n}, {@code \t}, …) written as escapes,
     * so a name cannot add lines to a report, a Markdown digest or a log. Files are opened by their path, not this.
     */
    static String printable(String path) {
        StringBuilder b = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (b == null) {
                    b = new StringBuilder(path.length() + 8).append(path, 0, i);
                }
                b.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format(Locale.ROOT, "\\x%02x", (int) c);
                });
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? path : b.toString();
    }

    /** Why a symbolic link met in a folder is not read; {@code null} for a link to a regular file (read). */
    private static String linkProblem(Path link) {
        if (!Files.exists(link)) {
            return "broken symbolic link";
        }
        if (Files.isDirectory(link)) {
            return "symbolic link to a folder, not followed (a loop would never end); name the folder to read it";
        }
        return Files.isRegularFile(link) ? null : "symbolic link to a special file, not read in a folder";
    }

    /** What kind of special file this is, for the message that names it. */
    private static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0010000 -> "FIFO";
                case 0140000 -> "socket";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file";
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
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file) : openSpecial(file)) {
            parser.parse(in, null, source, batch);
        } catch (java.nio.file.AccessDeniedException e) {
            batch.outcome(InputOutcome.rejected(source, "permission denied"));
        } catch (InputRejectedException e) {
            batch.outcome(InputOutcome.rejected(source, e.getMessage()));
        } catch (IOException e) {
            batch.outcome(InputOutcome.rejected(source, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Opens a file named on the command line that is not a regular file (a FIFO, {@code /dev/stdin}, a process
     * substitution, a device). Opening a FIFO waits for a writer: after {@link #SPECIAL_OPEN_WAIT} without one the
     * input is rejected, and the waiting open is released by opening the FIFO for writing once. What it gives is read
     * as any input is, up to the caps ({@code --max-bytes} per document or JSON line), so an endless device ends with
     * "too large".
     */
    private static InputStream openSpecial(Path file) throws IOException, InputRejectedException {
        java.util.concurrent.FutureTask<InputStream> open = new java.util.concurrent.FutureTask<>(() -> Files.newInputStream(file));
        Thread opener = new Thread(open, "open " + file.getFileName());
        opener.setDaemon(true);
        opener.start();
        try {
            return open.get(SPECIAL_OPEN_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            if (!kind(file).equals("FIFO")) { // only a FIFO is released by a writer; never open a device for writing
                throw new InputRejectedException("nothing to read: opening this " + kind(file) + " did not finish within "
                        + SPECIAL_OPEN_WAIT.toSeconds() + " s");
            }
            try (java.io.OutputStream release = Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE)) {
                // the blocked open returns (and its stream reads an empty input); nothing is written
            } catch (IOException | RuntimeException ignored) {
                // the opener thread is a daemon and ends with the process
            }
            try {
                open.get(1, java.util.concurrent.TimeUnit.SECONDS).close();
            } catch (Exception ignored) {
                // released or not, this input is rejected
            }
            throw new InputRejectedException("nothing to read: no writer opened this FIFO within "
                    + SPECIAL_OPEN_WAIT.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException("interrupted while opening");
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
