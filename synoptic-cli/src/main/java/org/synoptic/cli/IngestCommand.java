package org.synoptic.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.IngestResult;
import org.synoptic.store.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synoptic ingest --store DIR PATH…}: reads the articles and adds them to the store, committing after each
 * batch. An article already in the store (same URL or same content) is recognised and not added again, so an
 * interrupted ingest is finished by running it again. The inputs are streamed into the store a batch at a time, so
 * a JSON-lines file of any size (or {@code -}, standard input) is ingested with one batch in memory. While
 * {@code synoptic serve --store DIR} runs, each batch is handed to that server instead ({@link StoreHandOff}, found
 * through its {@link ServerFile}), which stores it and shows it at once.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles to a store (created when absent). Articles already stored are recognised by URL "
                + "or content and not added twice; each batch is committed, so an interrupted run is finished by running it again.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store's folder.")
    Path store;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per committed batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the run stored so far: articles, duplicates, batches committed, articles rejected by the store. */
    private static final class Counts {
        long stored;
        long duplicates;
        long batches;
        long rejected;
    }

    /**
     * Commits the pending articles as one batch and empties the list. An article the store refuses (a field over a
     * limit the reader did not catch) is rejected by its source and the others of its batch are stored one by one; a
     * write failure ends the run with what was committed before it.
     */
    private static void storeBatch(ArticleStore articleStore, List<Article> pending, Counts counts, PrintWriter err) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            try {
                add(articleStore.ingest(List.copyOf(pending)), counts);
            } catch (IllegalArgumentException refused) {
                for (Article article : pending) {
                    try {
                        add(articleStore.ingest(List.of(article)), counts);
                    } catch (IllegalArgumentException e) {
                        err.println("rejected: " + article.source() + ": " + e.getMessage());
                        counts.rejected++;
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(new java.io.IOException("batch " + (counts.batches + 1) + " ("
                    + pending.get(0).source() + " … " + pending.get(pending.size() - 1).source()
                    + ") was not stored: " + e.getMessage() + ". The " + counts.batches + " batches before it ("
                    + counts.stored + " new articles) are committed; run the same command again to finish.", e));
        }
        counts.batches++;
        pending.clear();
    }

    private static void add(IngestResult result, Counts counts) {
        counts.stored += result.stored();
        counts.duplicates += result.duplicates();
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        PrintWriter err = spec.commandLine().getErr();
        StoreHandOff handOff = runningServer(err);
        if (handOff != null) {
            return handOver(handOff, err);
        }
        Counts counts = new Counts();
        long start = System.nanoTime();
        InputOptions.Tally tally;
        try (ArticleStore articleStore = openStore()) {
            List<Article> pending = new ArrayList<>(Math.min(batch, 10_000));
            try {
                tally = inputs.stream(err, article -> {
                    pending.add(article);
                    if (pending.size() >= batch) {
                        storeBatch(articleStore, pending, counts, err);
                    }
                }, (source, articles) -> { });
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the store failed: the run fails, as it did before streaming
            }
            try {
                storeBatch(articleStore, pending, counts, err);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("stored %d articles, %d already stored; the store holds %d articles in %d stories (%.1f s)%n",
                    counts.stored, counts.duplicates, articleStore.articleCount(), articleStore.storyCount(), seconds);
            out.flush();
        }
        return counts.rejected > 0 ? SynopticCommand.EXIT_REJECTED : tally.exitCode();
    }

    /**
     * The server that has the store open, when its {@link ServerFile} is there and it answers; a file whose server
     * does not answer was left by a server that stopped uncleanly: it is reported and removed, and the store is
     * opened directly ({@code null}).
     */
    private StoreHandOff runningServer(PrintWriter err) throws Exception {
        java.util.Optional<ServerFile> file = ServerFile.read(store);
        if (file.isEmpty()) {
            return null;
        }
        StoreHandOff handOff = new StoreHandOff(file.get());
        if (!handOff.answers()) {
            err.println("note: " + ServerFile.path(store) + " names a server at " + handOff.where()
                    + " that does not answer: it stopped without cleaning up. Removing the file and opening the store directly.");
            err.flush();
            java.nio.file.Files.deleteIfExists(ServerFile.path(store));
            return null;
        }
        return handOff;
    }

    /** Streams the inputs to the running server a batch at a time and reports what it stored. */
    private int handOver(StoreHandOff handOff, PrintWriter err) throws Exception {
        long start = System.nanoTime();
        long[] totals = new long[5];
        List<Article> pending = new ArrayList<>(Math.min(batch, 10_000));
        java.util.function.Consumer<List<Article>> send = articles -> {
            if (articles.isEmpty()) {
                return;
            }
            try {
                StoreHandOff.Outcome outcome = handOff.send(List.copyOf(articles), batch);
                totals[0] += outcome.stored();
                totals[1] += outcome.duplicates();
                totals[2] += outcome.rejected();
                totals[3] = outcome.articles();
                totals[4] = outcome.stories();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing articles to " + handOff.where(), e);
            }
            articles.clear();
        };
        InputOptions.Tally tally;
        try {
            tally = inputs.stream(err, article -> {
                pending.add(article);
                if (pending.size() >= batch) {
                    send.accept(pending);
                }
            }, (source, articles) -> { });
            send.accept(pending);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("handed to the server at %s: stored %d articles, %d already stored%s; the store holds %d articles in %d stories (%.1f s)%n",
                handOff.where(), totals[0], totals[1], totals[2] > 0 ? ", " + totals[2] + " rejected by the server" : "",
                totals[3], totals[4], (System.nanoTime() - start) / 1e9);
        out.flush();
        return tally.exitCode();
    }

    /** Wraps the article index's directory when the store is opened: the seam fault tests fill the disk through. */
    static java.util.function.UnaryOperator<org.apache.lucene.store.Directory> indexDirectory =
            java.util.function.UnaryOperator.identity();

    private ArticleStore openStore() throws java.io.IOException {
        try {
            return ArticleStore.open(store, org.synoptic.store.StoreOptions.defaults(), indexDirectory);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("the store " + store + " is open in another process, and no server file ("
                    + ServerFile.NAME + ") says where to hand articles to: is another ingest running?", e);
        }
    }
}
