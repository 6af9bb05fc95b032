package org.synoptic.cli;

import java.io.PrintWriter;
import java.util.List;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads, and how their outcomes are reported on stderr. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively), "
            + "or http(s) URLs: .txt, .md, .json, .jsonl, .ndjson, .html, .htm, .xml/.rss/.atom feeds, .urls lists "
            + "(one URL per line), and .gz of any of these.")
    List<String> paths;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Largest input file, fetched page or decompressed .gz to read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--allow-private", description = "Allow fetching URLs on loopback, private and link-local "
            + "addresses (refused by default against server-side request forgery).")
    boolean allowPrivate;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time limit for fetching one URL, redirects included (default: ${DEFAULT-VALUE}).")
    int fetchTimeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "Report only rejected inputs on stderr.")
    boolean quiet;

    /** Reads the inputs and reports every skipped and rejected one on {@code err}. */
    IngestReport read(PrintWriter err) {
        return read(err, (source, articles) -> { });
    }

    /** As {@link #read(PrintWriter)}, telling {@code afterInput} after each file or URL how many articles are read. */
    IngestReport read(PrintWriter err, java.util.function.ObjIntConsumer<String> afterInput) {
        IngestReport report = ArticleIngester.builder()
                .maxBytes(maxBytes)
                .allowPrivate(allowPrivate)
                .fetchTimeout(java.time.Duration.ofSeconds(Math.max(1, fetchTimeoutSeconds)))
                .build()
                .ingest(paths, afterInput);
        int skipped = 0;
        for (InputOutcome outcome : report.outcomes()) {
            if (outcome.status() == InputOutcome.Status.REJECTED) {
                err.println("rejected: " + outcome.source() + ": " + outcome.reason());
            } else if (outcome.status() == InputOutcome.Status.SKIPPED) {
                skipped++;
                if (!quiet) {
                    err.println("skipped: " + outcome.source() + ": " + outcome.reason());
                }
            }
        }
        if (!quiet) {
            err.printf("read %d articles; %d inputs skipped, %d rejected%n", report.articles().size(), skipped,
                    report.rejected().size());
        }
        err.flush();
        return report;
    }

    /** The exit code for a run whose results were written. */
    static int exitCode(IngestReport report) {
        return report.rejected().isEmpty() ? 0 : SynopticCommand.EXIT_REJECTED;
    }
}
