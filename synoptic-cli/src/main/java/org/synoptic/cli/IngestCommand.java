package org.synoptic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.ingest.IngestReport;
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
 * batch. While {@code synoptic serve --store DIR} runs, the articles are handed to that server ({@link StoreHandOff},
 * found through its {@link ServerFile}), which stores them and shows them at once. An article already in the store (same URL or same content) is recognised and not added again, so an
 * interrupted ingest is finished by running it again.
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

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report = inputs.read(err);
        long stored = 0;
        long duplicates = 0;
        long start = System.nanoTime();
        if (handedToServer(report.articles(), err)) {
            return InputOptions.exitCode(report);
        }
        try (ArticleStore articleStore = openStore()) {
            List<Article> articles = report.articles();
            for (int from = 0; from < articles.size(); from += batch) {
                IngestResult result = articleStore.ingest(articles.subList(from, Math.min(articles.size(), from + batch)));
                stored += result.stored();
                duplicates += result.duplicates();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("stored %d articles, %d already stored; the store holds %d articles in %d stories (%.1f s)%n",
                    stored, duplicates, articleStore.articleCount(), articleStore.storyCount(), seconds);
            out.flush();
        }
        return InputOptions.exitCode(report);
    }

    /**
     * Hands the articles to the server that has the store open, when its {@link ServerFile} is there and it answers;
     * a file whose server does not answer was left by a server that stopped uncleanly: it is reported and removed,
     * and the store is opened directly.
     *
     * @return whether the server took the articles
     */
    private boolean handedToServer(List<Article> articles, PrintWriter err) throws Exception {
        java.util.Optional<ServerFile> file = ServerFile.read(store);
        if (file.isEmpty()) {
            return false;
        }
        StoreHandOff handOff = new StoreHandOff(file.get());
        if (!handOff.answers()) {
            err.println("note: " + ServerFile.path(store) + " names a server at " + handOff.where()
                    + " that does not answer: it stopped without cleaning up. Removing the file and opening the store directly.");
            err.flush();
            java.nio.file.Files.deleteIfExists(ServerFile.path(store));
            return false;
        }
        long start = System.nanoTime();
        StoreHandOff.Outcome outcome = handOff.send(articles, batch);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("handed to the server at %s: stored %d articles, %d already stored%s; the store holds %d articles in %d stories (%.1f s)%n",
                handOff.where(), outcome.stored(), outcome.duplicates(),
                outcome.rejected() > 0 ? ", " + outcome.rejected() + " rejected by the server" : "",
                outcome.articles(), outcome.stories(), (System.nanoTime() - start) / 1e9);
        out.flush();
        return true;
    }

    private ArticleStore openStore() throws java.io.IOException {
        try {
            return ArticleStore.open(store);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("the store " + store + " is open in another process, and no server file ("
                    + ServerFile.NAME + ") says where to hand articles to: is another ingest running?", e);
        }
    }
}
