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
        boolean digests = args.length < 3 || !args[2].equals("nodigests");
        StoreOptions options = digests ? ProbeOptions.ruleBased()
                : ProbeOptions.ruleBased().withDebounce(java.time.Duration.ofDays(1));
        if (!Files.isDirectory(store)) {
            Path input = GeneratedNews.write(Files.createTempFile("probe", ".jsonl"), n, 42);
            List<Article> articles = new ArticleIngester(Long.MAX_VALUE).ingest(List.of(input.toString())).articles();
            long start = System.nanoTime();
            try (ArticleStore s = ArticleStore.open(store, options)) {
                for (int from = 0; from < articles.size(); from += 500) {
                    s.ingest(articles.subList(from, Math.min(articles.size(), from + 500)));
                }
                System.out.printf("ingested %d articles in %.1f s%n", s.articleCount(), (System.nanoTime() - start) / 1e9);
                if (digests) {
                    s.awaitDigests(java.time.Duration.ofMinutes(60));
                }
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
            System.out.printf("open %.2f s (%s), heap after GC %d MB, articles %d, stories %d, digests pending %d%n",
                    open, s.openReport(), heap >> 20, s.articleCount(), s.storyCount(), pending);
        }
        if (args.length > 3 && args[3].equals("fullreplay")) {
            Path moved = store.resolve("checkpoint-moved");
            Files.move(store.resolve("checkpoint"), moved);
            start = System.nanoTime();
            try (ArticleStore s = ArticleStore.open(store, options)) {
                double open = (System.nanoTime() - start) / 1e9;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("without checkpoint: open %.2f s (%s), heap after GC %d MB%n", open, s.openReport(),
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
            // the close above wrote a fresh checkpoint; keep it
            try (var old = Files.walk(moved)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
