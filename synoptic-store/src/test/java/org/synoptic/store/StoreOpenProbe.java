package org.synoptic.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

/**
 * Measures opening a generated store: fills {@code STORE} with {@code N} generated articles when it is empty, then
 * opens it and prints the open time, the heap used after a full GC and the digests pending. Arguments: STORE N.
 * Rule-based deep tier, so the figures measure the store, not CoreNLP.
 */
public final class StoreOpenProbe {

    private StoreOpenProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        StoreOptions options = ProbeOptions.ruleBased();
        if (!Files.isDirectory(store)) {
            Path input = GeneratedNews.write(Files.createTempFile("probe", ".jsonl"), n, 42);
            List<Article> articles = new ArticleIngester(Long.MAX_VALUE).ingest(List.of(input.toString())).articles();
            long start = System.nanoTime();
            try (ArticleStore s = ArticleStore.open(store, options)) {
                for (int from = 0; from < articles.size(); from += 500) {
                    s.ingest(articles.subList(from, Math.min(articles.size(), from + 500)));
                }
                System.out.printf("ingested %d articles in %.1f s%n", s.articleCount(), (System.nanoTime() - start) / 1e9);
                s.awaitDigests(java.time.Duration.ofMinutes(30));
                System.out.printf("digests done after %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            Files.delete(input);
        }
        long start = System.nanoTime();
        try (ArticleStore s = ArticleStore.open(store, options)) {
            double open = (System.nanoTime() - start) / 1e9;
            int pending = s.counters().pendingDigests();
            System.gc();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            System.out.printf("open %.2f s, heap after GC %d MB, articles %d, stories %d, digests pending %d%n",
                    open, heap >> 20, s.articleCount(), s.storyCount(), pending);
        }
    }
}
