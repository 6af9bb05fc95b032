package org.synoptic.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.ArticleOrigin;
import org.synoptic.ingest.ArticleSink;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import org.synoptic.model.Article;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads, and how their outcomes are reported on stderr. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively), "
            + "http(s) URLs, or - for standard input: .txt, .md, .json, .jsonl, .ndjson, .html, .htm, .xml/.rss/.atom "
            + "feeds, .urls lists (one URL per line), and .gz of any of these. JSON lines are streamed, so their "
            + "files may be of any size.")
    List<String> paths;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Largest input to read for one article, in bytes: one JSON line, or a whole file, fetched "
                    + "page or decompressed .gz of another format (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--allow-private", description = "Allow fetching URLs on loopback, private and link-local "
            + "addresses (refused by default against server-side request forgery).")
    boolean allowPrivate;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time limit for fetching one URL, redirects included (default: ${DEFAULT-VALUE}).")
    int fetchTimeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "Report only rejected inputs on stderr.")
    boolean quiet;

    /**
     * What a streamed read came to.
     *
     * @param articles articles read
     * @param skipped  inputs skipped
     * @param rejected inputs and parts of inputs rejected
     */
    record Tally(int articles, int skipped, int rejected) {

        /** The exit code for a run whose results were written. */
        int exitCode() {
            return rejected == 0 ? 0 : SynopticCommand.EXIT_REJECTED;
        }
    }

    /** Reads the inputs and reports every skipped and rejected one on {@code err}. */
    IngestReport read(PrintWriter err) {
        return read(err, (source, articles) -> { });
    }

    /** As {@link #read(PrintWriter)}, telling {@code afterInput} after each file or URL how many articles are read. */
    IngestReport read(PrintWriter err, java.util.function.ObjIntConsumer<String> afterInput) {
        IngestReport report = ingester().ingest(paths, afterInput);
        int skipped = 0;
        for (InputOutcome outcome : report.outcomes()) {
            skipped += report(outcome, err);
        }
        summarise(err, report.articles().size(), skipped, report.rejected().size());
        return report;
    }

    /**
     * Reads the inputs as a stream: each article goes to {@code articles} as it is read (its origin is dropped), and
     * each skipped or rejected input is reported on {@code err} when it is found. Nothing is kept here, so memory is
     * bounded by what {@code articles} keeps.
     */
    Tally stream(PrintWriter err, Consumer<Article> articles, java.util.function.ObjIntConsumer<String> afterInput) {
        int[] counts = new int[3];
        ingester().ingest(paths, new ArticleSink() {
            @Override
            public void article(Article article, ArticleOrigin origin) {
                counts[0]++;
                articles.accept(article);
            }

            @Override
            public void outcome(InputOutcome outcome) {
                counts[1] += report(outcome, err);
                counts[2] += outcome.status() == InputOutcome.Status.REJECTED ? 1 : 0;
            }
        }, afterInput);
        summarise(err, counts[0], counts[1], counts[2]);
        return new Tally(counts[0], counts[1], counts[2]);
    }

    private ArticleIngester ingester() {
        long heap = Runtime.getRuntime().maxMemory();
        if (maxBytes > heap / 4) {
            // one input is held whole (a document, a JSON line) and its text several times over while it is read
            throw new IllegalArgumentException("--max-bytes " + maxBytes + " is more than a quarter of this JVM's heap ("
                    + heap / (1024 * 1024) + " MiB): one input that large could exhaust it. Lower --max-bytes, or raise "
                    + "the heap (SYNOPTIC_JAVA_OPTS=-Xmx8g)");
        }
        return ArticleIngester.builder()
                .maxBytes(maxBytes)
                .allowPrivate(allowPrivate)
                .fetchTimeout(java.time.Duration.ofSeconds(Math.max(1, fetchTimeoutSeconds)))
                .build();
    }

    /** Prints a skipped or rejected outcome; 1 when it was skipped. */
    private int report(InputOutcome outcome, PrintWriter err) {
        if (outcome.status() == InputOutcome.Status.REJECTED) {
            err.println("rejected: " + outcome.source() + ": " + outcome.reason());
        } else if (outcome.status() == InputOutcome.Status.SKIPPED) {
            if (!quiet) {
                err.println("skipped: " + outcome.source() + ": " + outcome.reason());
            }
            return 1;
        }
        return 0;
    }

    private void summarise(PrintWriter err, int articles, int skipped, int rejected) {
        if (!quiet) {
            err.printf("read %d articles; %d inputs skipped, %d rejected%n", articles, skipped, rejected);
        }
        err.flush();
    }

    /** The exit code for a run whose results were written. */
    static int exitCode(IngestReport report) {
        return report.rejected().isEmpty() ? 0 : SynopticCommand.EXIT_REJECTED;
    }
}
