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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synoptic ingest --store DIR PATH…}: reads the articles and adds them to the store, committing after each
 * batch. An article already in the store (same URL or same content) is recognised and not added again, so an
 * interrupted ingest is finished by running it again. The inputs are streamed into the store a batch at a time, so
 * a JSON-lines file of any size (or {@code -}, standard input) is ingested with one batch in memory.
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

    /** Commits the pending articles as one batch and empties the list; an I/O failure ends the run. */
    private static void storeBatch(ArticleStore articleStore, List<Article> pending, long[] counts) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            IngestResult result = articleStore.ingest(List.copyOf(pending));
            counts[0] += result.stored();
            counts[1] += result.duplicates();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.clear();
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        PrintWriter err = spec.commandLine().getErr();
        long[] counts = new long[2];
        long start = System.nanoTime();
        InputOptions.Tally tally;
        try (ArticleStore articleStore = ArticleStore.open(store)) {
            List<Article> pending = new ArrayList<>(Math.min(batch, 10_000));
            try {
                tally = inputs.stream(err, article -> {
                    pending.add(article);
                    if (pending.size() >= batch) {
                        storeBatch(articleStore, pending, counts);
                    }
                }, (source, articles) -> { });
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the store failed: the run fails, as it did before streaming
            }
            storeBatch(articleStore, pending, counts);
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("stored %d articles, %d already stored; the store holds %d articles in %d stories (%.1f s)%n",
                    counts[0], counts[1], articleStore.articleCount(), articleStore.storyCount(), seconds);
            out.flush();
        }
        return tally.exitCode();
    }
}
