package org.synoptic.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryMaterial;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.nlp.ArticleAnalyzer;

/**
 * Warm latency of the deep tier for one story: the analysis of its articles (CoreNLP German NER and the rule-based
 * extractors, {@link ArticleAnalyzer#standard()}) and the digest built from them ({@link DigestBuilder}).
 *
 * <p>Stories: a bundled 5-report sample story, and a 100-report story made of its reports with shuffled paragraphs
 * (seeded), so that the aligner sees many near-identical statements, its worst case. Each figure is the median of
 * {@value #RUNS} runs after {@value #WARMUPS} warm-up runs.
 *
 * <p>Usage: {@code bash synoptic-bench/digest.sh [SAMPLE_STORY_DIR]}.
 */
public final class DigestHarness {

    private static final int WARMUPS = 3;
    private static final int RUNS = 5;

    private DigestHarness() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/news/hafenbruecke");
        List<Article> five = new ArticleIngester().ingest(List.of(folder.toString())).articles();
        List<Article> hundred = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; hundred.size() < 100; i++) {
            Article a = five.get(i % five.size());
            List<String> paragraphs = new ArrayList<>(Arrays.asList(a.text().split("\n\n")));
            Collections.shuffle(paragraphs, random);
            hundred.add(new Article(a.id() + "-" + i, a.source(), a.url(), a.title(), String.join("\n\n", paragraphs),
                    a.outlet(), a.author(), a.published(), a.language(), a.inferred()));
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        DigestBuilder builder = DigestBuilder.standard();
        for (List<Article> story : List.of(five, hundred)) {
            double[] analyse = new double[RUNS];
            double[] digest = new double[RUNS];
            StoryDigest last = null;
            for (int run = -WARMUPS; run < RUNS; run++) {
                long t0 = System.nanoTime();
                List<ArticleAnalysis> analyses = story.stream().map(analyzer::analyze).toList();
                long t1 = System.nanoTime();
                last = builder.build(new StoryMaterial("s-bench", analyses, Map.of()));
                long t2 = System.nanoTime();
                if (run >= 0) {
                    analyse[run] = (t1 - t0) / 1e6;
                    digest[run] = (t2 - t1) / 1e6;
                }
            }
            Arrays.sort(analyse);
            Arrays.sort(digest);
            System.out.printf(Locale.ROOT, "story of %d articles: analysis %.0f ms + digest %.0f ms = %.0f ms (median of %d warm runs); "
                            + "%d facts, %d disagreements, %d quotes%n", story.size(), analyse[RUNS / 2], digest[RUNS / 2],
                    analyse[RUNS / 2] + digest[RUNS / 2], RUNS, last.facts().size(), last.disagreements().size(),
                    last.quotes().size());
        }
    }
}
