package org.synoptic.store;

import java.nio.file.Path;
import java.util.List;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

/**
 * The ingest process that {@link DurabilityIT} kills: reads a file of articles and stores them in batches, printing
 * {@code committed N} (the store's article count) after each committed batch. Arguments: STORE INPUT BATCH.
 */
public final class DurabilityIngestMain {

    private DurabilityIngestMain() {
    }

    /**
     * The standard stages with a checkpoint every 250 articles (so a kill falls between checkpoints) and no digest
     * during the run (the deep tier is not what this measures).
     */
    static StoreOptions options() {
        return StoreOptions.defaults().withDebounce(java.time.Duration.ofDays(1)).withCheckpointEvery(250);
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        List<Article> articles = new ArticleIngester(Long.MAX_VALUE).ingest(List.of(args[1])).articles();
        int batch = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        long stored = 0;
        try (ArticleStore s = ArticleStore.open(store, options())) {
            for (int from = 0; from < articles.size(); from += batch) {
                stored += s.ingest(articles.subList(from, Math.min(articles.size(), from + batch))).stored();
                System.out.println("committed " + s.articleCount());
                System.out.flush();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("done stored=%d seconds=%.2f rate=%.0f%n", stored, seconds, stored / seconds);
        }
    }
}
