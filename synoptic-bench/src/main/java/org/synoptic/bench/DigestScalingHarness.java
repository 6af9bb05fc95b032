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
 * How the digest of one story grows with the story: the warm digest step ({@link DigestBuilder#build}, analyses
 * cached, as the store keeps them) for 100, 200 and 400 reports, and the cost of one more report added to the
 * 400-report story (the digest of 401 reports, since the digest is rebuilt from its members).
 *
 * <p>Stories are made of the reports of a bundled sample story: each copy has its paragraphs shuffled, one sentence
 * dropped and its own id and outlet (seeded), so the aligner sees many near-identical statements from many outlets,
 * its worst case. Each figure is the median of {@value #RUNS} runs after {@value #WARMUPS} warm-up runs.
 *
 * <p>Usage: {@code bash synoptic-bench/digest-scaling.sh [SAMPLE_STORY_DIR]}.
 */
public final class DigestScalingHarness {

    private static final int WARMUPS = 2;
    private static final int RUNS = 3;
    private static final int[] SIZES = java.util.Arrays.stream(System.getProperty("synoptic.bench.sizes", "100,200,400,401")
            .split(",")).mapToInt(Integer::parseInt).toArray();

    private DigestScalingHarness() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/news/hafenbruecke");
        List<Article> originals = new ArticleIngester().ingest(List.of(folder.toString())).articles();
        Random random = new Random(11);
        List<Article> copies = new ArrayList<>();
        for (int i = 0; copies.size() < SIZES[SIZES.length - 1]; i++) {
            Article a = originals.get(i % originals.size());
            List<String> paragraphs = new ArrayList<>(Arrays.asList(a.text().split("\n\n")));
            Collections.shuffle(paragraphs, random);
            String text = String.join("\n\n", paragraphs);
            String[] sentences = text.split("(?<=\\.) ");
            if (sentences.length > 3) {
                int drop = random.nextInt(sentences.length);
                List<String> kept = new ArrayList<>(Arrays.asList(sentences));
                kept.remove(drop);
                text = String.join(" ", kept);
            }
            copies.add(new Article(a.id() + "-" + i, a.source(), a.url(), a.title(), text, "Outlet " + (i % 97),
                    a.author(), a.published(), a.language(), a.inferred()));
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        long a0 = System.nanoTime();
        List<ArticleAnalysis> analyses = copies.stream().map(analyzer::analyze).toList();
        System.out.printf(Locale.ROOT, "analysed %d reports in %.1f s (not part of the figures below)%n", analyses.size(),
                (System.nanoTime() - a0) / 1e9);
        DigestBuilder builder = DigestBuilder.standard();
        for (int size : SIZES) {
            List<ArticleAnalysis> story = analyses.subList(0, size);
            double[] millis = new double[RUNS];
            double[] cpu = new double[RUNS];
            StoryDigest last = null;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int run = -WARMUPS; run < RUNS; run++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                last = builder.build(new StoryMaterial("s-bench", story, Map.of()));
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - t0) / 1e6;
                    cpu[run] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            Arrays.sort(millis);
            Arrays.sort(cpu);
            // the digest runs on one thread: its CPU time is the wall time it would take on an idle core
            System.out.printf(Locale.ROOT, "digest of %d reports: %.0f ms CPU, %.0f ms wall (medians of %d warm runs; "
                            + "wall min %.0f, max %.0f); %d facts, %d disagreements%n", size, cpu[RUNS / 2],
                    millis[RUNS / 2], RUNS, millis[0], millis[RUNS - 1], last.facts().size(), last.disagreements().size());
        }
    }
}
