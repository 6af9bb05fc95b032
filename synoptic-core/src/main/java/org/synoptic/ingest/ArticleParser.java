package org.synoptic.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Parsing as a library: the one entry point that turns the bytes of one input into articles. Files, folders and
 * URLs ({@link ArticleIngester}), the REST API and stream consumers all call it.
 *
 * <p>In: the bytes (an {@link InputStream} or an array), a content type ({@code text/html; charset=…},
 * {@code application/x-ndjson}, …, or {@code null}) and the input's source (a file path, a URL, a name such as
 * {@code api}), whose last segment names the article ids and, without a content type, the format. Out: to an
 * {@link ArticleSink}, each article with its origin, each rejected part, and at the end the input's own outcome:
 * read (with its article count), or rejected with a reason. Bad input never throws.
 *
 * <p>The format comes from the content type, else the source's extension, else the first bytes
 * ({@link InputFormat}); gzip ({@code application/gzip} or a {@code .gz} name) is decompressed as it is read.
 * JSON lines are <em>streamed</em>: one line at a time is held, so an input of any size is read in bounded memory,
 * and a line over {@code maxItemBytes} is rejected on its own ({@code file.jsonl:7}) while the others are read.
 * Every other format is one document, read whole up to {@code maxItemBytes}.
 *
 * <p>Ids: the input's own ({@code "id"} of a JSON record; a feed item's GUID, link or content, see
 * {@link FeedReader}); else by position ({@code file}, {@code file-3}); or, with {@link #withContentIds()},
 * {@code <name>-<hash of url, title, text, html>}, so the same content posted twice gets the same id. Ids are not
 * made unique here: that is the batch's business ({@link ArticleIngester}).
 *
 * <p>The stream is not closed. Thread-safe and stateless: all state of one input lives in the call.
 */
public final class ArticleParser {

    /** Default cap on one article's input: a JSON line, or a whole document of any other format. */
    public static final long DEFAULT_MAX_ITEM_BYTES = 10L * 1024 * 1024;

    /** Bytes looked at to decide the format and to refuse binary content before streaming. */
    private static final int PEEK_BYTES = 64 * 1024;

    private final long maxItemBytes;
    private final boolean contentIds;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final TextDecoder decoder = new TextDecoder();
    private final JsonReader jsonReader = new JsonReader();

    /** A parser with the default cap of 10 MB per article and positional fallback ids. */
    public ArticleParser() {
        this(DEFAULT_MAX_ITEM_BYTES, false);
    }

    /** A parser that reads at most {@code maxItemBytes} for one article (one JSON line, one other document). */
    public ArticleParser(long maxItemBytes) {
        this(maxItemBytes, false);
    }

    private ArticleParser(long maxItemBytes, boolean contentIds) {
        if (maxItemBytes <= 0) {
            throw new IllegalArgumentException("maxItemBytes must be positive: " + maxItemBytes);
        }
        this.maxItemBytes = maxItemBytes;
        this.contentIds = contentIds;
    }

    /** The same parser, giving an article whose input names it not an id from its content instead of its position. */
    public ArticleParser withContentIds() {
        return new ArticleParser(maxItemBytes, true);
    }

    /** The cap on one article's input, in bytes. */
    public long maxItemBytes() {
        return maxItemBytes;
    }

    /**
     * Reads one input, streaming what it finds to {@code sink}.
     *
     * @param in          the input's bytes; read to its end (or to the first whole-input problem), not closed
     * @param contentType a {@code Content-Type} value or bare media type; {@code null} or blank to decide by
     *                    {@code source}'s extension and the first bytes
     * @param source      the input as the user or caller named it; article and part sources derive from it
     * @param sink        receives the articles, the rejected parts and finally the input's outcome
     * @return the input's outcome, also given to {@code sink}
     */
    public InputOutcome parse(InputStream in, String contentType, String source, ArticleSink sink) {
        return parse(in, contentType, source, isUrl(source) ? source.strip() : null, sink);
    }

    /** Reads one input held in memory; see {@link #parse(InputStream, String, String, ArticleSink)}. */
    public InputOutcome parse(byte[] bytes, String contentType, String source, ArticleSink sink) {
        return parse(new ByteArrayInputStream(bytes), contentType, source, sink);
    }

    /** Reads one input held in memory into a report (ids unique within it, outcomes in the order found). */
    public IngestReport parse(byte[] bytes, String contentType, String source) {
        ReportCollector collector = new ReportCollector();
        parse(bytes, contentType, source, new UniqueIds(collector));
        return collector.report();
    }

    /**
     * Reads one input whose final address is {@code url} (a fetched page after redirects): its base for links, the
     * fallback URL of its articles, and the name its ids and format come from.
     */
    InputOutcome parse(InputStream in, String contentType, String source, String url, ArticleSink sink) {
        InputOutcome outcome;
        try {
            outcome = read(in, contentType, source, url, sink);
        } catch (InputRejectedException e) {
            outcome = InputOutcome.rejected(source, e.getMessage());
        }
        sink.outcome(outcome);
        return outcome;
    }

    private InputOutcome read(InputStream raw, String contentType, String source, String url, ArticleSink sink)
            throws InputRejectedException {
        String mediaType = contentType == null || contentType.isBlank() ? "" : UrlFetcher.mediaType(contentType);
        String name = nameOf(url != null ? url : source);
        BufferedInputStream in = new BufferedInputStream(raw, PEEK_BYTES);
        byte[] head = peek(in, false);
        // A fetched .gz that is not gzip was decompressed on the way (servers do); a file named .gz must be gzip.
        boolean gzip = mediaType.contains("gzip") || name.toLowerCase(Locale.ROOT).endsWith(".gz")
                && (url == null || TextDecoder.startsWith(head, 0x1F, 0x8B));
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (gzip) {
            mediaType = "";
            try {
                in = new BufferedInputStream(new GZIPInputStream(in), PEEK_BYTES);
            } catch (IOException e) {
                throw new InputRejectedException("malformed gzip: " + e.getMessage());
            }
            head = peek(in, true);
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        InputFormat format = InputFormat.ofContentType(mediaType);
        if (format == null) {
            format = InputFormat.ofName(lowerName);
        }
        if (format == null || format == InputFormat.TEXT) {
            format = InputFormat.sniff(head, format);
        }
        String baseId = baseId(name);
        if (format == InputFormat.JSONL && !TextDecoder.startsWith(head, 0xFE, 0xFF)
                && !TextDecoder.startsWith(head, 0xFF, 0xFE)) {
            return readLines(in, head, source, baseId, gzip, sink);
        }
        byte[] bytes = readCapped(in, gzip);
        return readDocument(bytes, format, source, baseId, TextDecoder.charsetOfContentType(contentType), url, sink);
    }

    /** Reads a JSON-lines input line by line: one line in memory, each bad line rejected on its own. */
    private InputOutcome readLines(InputStream in, byte[] head, String source, String baseId, boolean gzip,
                                   ArticleSink sink) throws InputRejectedException {
        String binary = TextDecoder.signature(head);
        if (binary != null || contains(head, (byte) 0)) {
            throw new InputRejectedException("binary content (" + (binary == null ? "NUL bytes" : binary) + ")");
        }
        LineReader lines = new LineReader(in, maxItemBytes);
        int articles = 0;
        boolean any = false;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String part = source + ":" + line.number();
                byte[] bytes = line.bytes();
                if (bytes != null && line.number() == 1 && TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                    bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
                }
                if (bytes != null && isBlank(bytes)) {
                    continue;
                }
                any = true;
                try {
                    if (bytes == null) {
                        throw new InputRejectedException("line too large: " + line.length() + " bytes (limit "
                                + maxItemBytes + " per line)");
                    }
                    ArticleDraft draft = jsonReader.line(decoder.decode(bytes), part, baseId + "-" + line.number());
                    ArticleAssembler.Assembled assembled = assembler.assemble(withId(draft, baseId));
                    sink.article(assembled.article(), assembled.origin());
                    articles++;
                } catch (InputRejectedException e) {
                    sink.outcome(InputOutcome.rejected(part, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new InputRejectedException((gzip ? "malformed gzip: " : "cannot read: ") + e.getMessage()
                    + " (after " + articles + " articles)");
        }
        if (!any) {
            throw new InputRejectedException("empty or whitespace only");
        }
        return InputOutcome.read(source, articles);
    }

    /** Reads a document of one piece: a text, a page, a JSON document or a feed. */
    private InputOutcome readDocument(byte[] bytes, InputFormat format, String source, String baseId, String charset,
                                      String url, ArticleSink sink) throws InputRejectedException {
        if (isBlank(bytes)) {
            throw new InputRejectedException("empty or whitespace only");
        }
        if (format == InputFormat.JSONL) { // JSON lines reach here only in UTF-16, which is not split on bytes
            return readLinesOfText(decoder.decode(bytes), source, baseId, sink);
        }
        ArticleReader reader = switch (format) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader(charset, url);
            case JSON, JSONL -> jsonReader;
            case FEED -> new FeedReader();
        };
        List<InputOutcome> problems = new ArrayList<>();
        List<ArticleAssembler.Assembled> assembled = new ArrayList<>();
        for (ArticleDraft draft : reader.read(source, baseId, bytes, problems)) {
            try {
                ArticleDraft named = withId(draft, baseId);
                assembled.add(assembler.assemble(url == null ? named : named.withUrlIfAbsent(url)));
            } catch (InputRejectedException e) {
                problems.add(InputOutcome.rejected(draft.source(), e.getMessage()));
            }
        }
        if (assembled.isEmpty() && problems.size() == 1 && problems.get(0).source().equals(source)) {
            throw new InputRejectedException(problems.get(0).reason()); // a one-article input: its article's reason
        }
        problems.forEach(sink::outcome);
        assembled.forEach(a -> sink.article(a.article(), a.origin()));
        return InputOutcome.read(source, assembled.size());
    }

    /** JSON lines already decoded (a UTF-16 file): the same per-line rules as {@link #readLines}. */
    private InputOutcome readLinesOfText(String text, String source, String baseId, ArticleSink sink) {
        String[] rows = text.split("\r?\n");
        int articles = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String part = source + ":" + (i + 1);
            try {
                ArticleDraft draft = jsonReader.line(rows[i], part, baseId + "-" + (i + 1));
                ArticleAssembler.Assembled assembled = assembler.assemble(withId(draft, baseId));
                sink.article(assembled.article(), assembled.origin());
                articles++;
            } catch (InputRejectedException e) {
                sink.outcome(InputOutcome.rejected(part, e.getMessage()));
            }
        }
        return InputOutcome.read(source, articles);
    }

    private ArticleDraft withId(ArticleDraft draft, String baseId) {
        return contentIds && !draft.idGiven() ? draft.withId(baseId + "-" + draft.contentHash()) : draft;
    }

    /** The first bytes of {@code in}, which is reset to where it was. */
    private static byte[] peek(BufferedInputStream in, boolean gzip) throws InputRejectedException {
        try {
            in.mark(PEEK_BYTES);
            byte[] head = in.readNBytes(PEEK_BYTES);
            in.reset();
            return head;
        } catch (ZipException | EOFException e) {
            throw new InputRejectedException("malformed gzip: " + e.getMessage());
        } catch (IOException e) {
            throw new InputRejectedException((gzip ? "malformed gzip: " : "cannot read: ") + e.getMessage());
        }
    }

    /** The whole of a one-document input, refusing more than {@code maxItemBytes}. */
    private byte[] readCapped(InputStream in, boolean gzip) throws InputRejectedException {
        try {
            byte[] bytes = in.readNBytes((int) (Math.min(Integer.MAX_VALUE - 16L, maxItemBytes) + 1));
            if (bytes.length > maxItemBytes) {
                throw new InputRejectedException(gzip
                        ? "gzip decompresses to more than " + maxItemBytes + " bytes (limit; a gzip bomb?)"
                        : "too large: more than " + maxItemBytes + " bytes (limit " + maxItemBytes
                                + " per document; JSON lines are read line by line)");
            }
            return bytes;
        } catch (ZipException | EOFException e) {
            throw new InputRejectedException("malformed gzip: " + e.getMessage());
        } catch (IOException e) {
            throw new InputRejectedException((gzip ? "malformed gzip: " : "cannot read: ") + e.getMessage());
        }
    }

    static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The last segment of a path or URL path ({@code index} for a URL ending in {@code /}). */
    static String nameOf(String source) {
        String path = source.strip();
        if (isUrl(path)) {
            try {
                path = URI.create(path).getPath();
            } catch (IllegalArgumentException e) {
                return "index";
            }
            if (path == null || path.isEmpty() || path.endsWith("/")) {
                return "index";
            }
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String baseId(String fileName) {
        int dot = fileName.indexOf('.');
        String id = dot > 0 ? fileName.substring(0, dot) : fileName;
        return id.isEmpty() ? "index" : id;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (!Character.isWhitespace((char) c) && c != 0xEF && c != 0xBB && c != 0xBF && c != 0xFE && c != 0xFF
                    && c != 0 && c != 0xA0) {
                return false;
            }
        }
        return true;
    }
}
