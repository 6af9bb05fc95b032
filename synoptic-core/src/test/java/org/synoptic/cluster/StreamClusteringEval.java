package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.model.Article;

/**
 * Story assignment on a dense, timestamped German stream ({@link SyntheticNewsStream}): every 10kGNAD test article
 * becomes a story of 1 to 100 rewrites published over up to 8 hours, about 1,000 reports an hour over 32 hours, and
 * the five seed reports (read with the {@link ArticleIngester}) are published 0.5, 8, 16, 24 and 30 hours in. The
 * reports are fed one at a time in publication order, as a store would, with term vectors made ahead on all cores.
 *
 * <p>Two streams: the development stream (generator seed 1), on which the settings were chosen, and a held-out one
 * (seed 2) that was only measured. Needs {@code synoptic.shared}; skips without it.
 */
class StreamClusteringEval {

    private static final String GNAD = "data/10kgnad/test.csv";
    private static final String GNAD_SHA256 = "68ba71a01919261f36b362b6a31e7fa34255dde102a5586db23d72eae2e41514";
    private static final Map<String, String> SEEDS = new LinkedHashMap<>();
    private static final double[] SEED_HOURS = {0.5, 8, 16, 24, 30};
    private static final Duration SPAN = Duration.ofHours(32);

    static {
        SEEDS.put("000_ff728ccaf4dd8a03", "5c77c66dfcf4c739efb4142466a2a65b50532b035f10cf64e5020d042c609767");
        SEEDS.put("001_5c621a8412a3599c", "158f1b91d8361256b6be7b0b83ecb74ce42b1352b8869b5d520eb198bf4eab43");
        SEEDS.put("002_9097583e51e5c212", "7bba632fca70ed4666989d0a62a42505adb67b4fc31facf99c93f1d405a958a8");
        SEEDS.put("003_a4bb6051e356c940", "21f5fa71998da38569e85e84d040f57202f3a91bd0f1342bef7292601b8eff01");
        SEEDS.put("004_3c1e50fb05cc1c39", "fb2c5ff730fca1217788092f10875b4a3c7de6f7b9dc020ad5c4741ff5354935");
    }

    /** What one stream run measured. */
    record Outcome(ClusteringScores scores, int stories, int seedStories, int intruders, long millis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s | %d stories | seeds in %d stories with %d intruders | %d ms",
                    scores, stories, seedStories, intruders, millis);
        }
    }

    @Test
    void denseGermanStreamKeepsRewritesAndSeedsTogether() throws IOException {
        Path root = SharedData.root();
        List<String> sources = sources(root);
        List<SyntheticNewsStream.Placed> seeds = seeds(root);

        SyntheticNewsStream dev = SyntheticNewsStream.build(sources, seeds, SPAN, 1);
        System.out.printf(Locale.ROOT, "Stream (dev, seed 1): %,d reports over %s, %.0f an hour%n",
                dev.articles().size(), SPAN, dev.perHour());
        assertThat(dev.perHour()).as("reports an hour").isGreaterThanOrEqualTo(1000);
        StoryClusterer defaults = StoryClusterer.defaults();
        List<TermVector> devVectors = vectors(defaults, dev.articles());
        Outcome devOutcome = run(defaults, dev.articles(), devVectors, dev.gold());
        System.out.println("  dev:      " + devOutcome);
        System.out.println("  dev sweep of the time scale of full texts:");
        for (Duration scale : List.of(Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7))) {
            System.out.printf(Locale.ROOT, "    %s: %s%n", scale,
                    run(defaults.toBuilder().timeScale(scale).build(), dev.articles(), devVectors, dev.gold()));
        }
        // Without dates only the arrival count can age a story: its half-life must be chosen on a stream like this.
        List<Article> undated = dev.articles().stream().map(a -> a.withPublished(null, false)).toList();
        System.out.println("  dev without dates, sweep of the arrival half-life:");
        for (int halfLife : new int[] {500, 2000, 8000, 32000}) {
            System.out.printf(Locale.ROOT, "    %5d: %s%n", halfLife,
                    run(defaults.toBuilder().halfLifeArticles(halfLife).build(), undated, devVectors, dev.gold()));
        }

        savedAndRestoredIndexGoesOnAsOneRun(defaults, dev.articles(), devVectors);

        SyntheticNewsStream heldOut = SyntheticNewsStream.build(sources, seeds, SPAN, 2);
        List<TermVector> heldOutVectors = vectors(defaults, heldOut.articles());
        Outcome heldOutOutcome = run(defaults, heldOut.articles(), heldOutVectors, heldOut.gold());
        System.out.printf(Locale.ROOT, "  held-out (seed 2, %,d reports): %s%n", heldOut.articles().size(), heldOutOutcome);
        List<Article> heldOutUndated = heldOut.articles().stream().map(a -> a.withPublished(null, false)).toList();
        System.out.printf(Locale.ROOT, "  held-out without dates (arrival half-life %d): %s%n", defaults.halfLifeArticles(),
                run(defaults, heldOutUndated, heldOutVectors, heldOut.gold()));

        SyntheticNewsStream hourly = SyntheticNewsStream.hourly(sources, 20, 3);
        Outcome hourlyOutcome = run(defaults, hourly.articles(), vectors(defaults, hourly.articles()), hourly.gold());
        System.out.printf(Locale.ROOT, "  20 rewrites of each article one hour apart (%,d reports, %.0f an hour): %s%n",
                hourly.articles().size(), hourly.perHour(), hourlyOutcome);

        for (Outcome o : List.of(devOutcome, heldOutOutcome)) {
            assertThat(o.scores().bcubedF1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.95);
            assertThat(o.seedStories()).as("stories holding the seeds").isEqualTo(1);
            assertThat(o.intruders()).as("other reports in the seed story").isZero();
            assertThat(o.millis()).as("clustering time in ms").isLessThan(180_000);
        }
        assertThat(hourlyOutcome.scores().bcubedF1()).as("B-cubed F1, hourly rewrites").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Saves a streaming index half-way through the stream, restores it from the bytes and feeds it the rest: its events
     * must be those of one uninterrupted run. Prints the snapshot's size and the time to write and read it.
     */
    static void savedAndRestoredIndexGoesOnAsOneRun(StoryClusterer clusterer, List<Article> articles,
                                                    List<TermVector> vectors) throws IOException {
        StoryIndexStreamTest.Recorder whole = new StoryIndexStreamTest.Recorder();
        StoryIndex uninterrupted = clusterer.newIndex(whole);
        for (int i = 0; i < articles.size(); i++) {
            uninterrupted.add(articles.get(i), vectors.get(i));
        }
        int cut = articles.size() / 2;
        StoryIndexStreamTest.Recorder parts = new StoryIndexStreamTest.Recorder();
        StoryIndex first = clusterer.newIndex(parts);
        for (int i = 0; i < cut; i++) {
            first.add(articles.get(i), vectors.get(i));
        }
        long start = System.nanoTime();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        first.snapshot().writeTo(bytes);
        long written = System.nanoTime();
        StoryIndexSnapshot read = StoryIndexSnapshot.readFrom(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        StoryIndex restored = StoryIndex.restore(clusterer, read, parts);
        long readAt = System.nanoTime();
        for (int i = cut; i < articles.size(); i++) {
            restored.add(articles.get(i), vectors.get(i));
        }
        System.out.printf(Locale.ROOT, "  snapshot after %,d reports: %,d terms, %,d active stories, %,d bytes; "
                        + "written in %d ms, read and restored in %d ms%n", cut, read.terms().size(), read.stories().size(),
                bytes.size(), (written - start) / 1_000_000, (readAt - written) / 1_000_000);
        assertThat(parts.lines).as("events of a run saved and restored half-way").isEqualTo(whole.lines);
    }

    /** The articles' term vectors, made on all cores (as a store's ingest threads would ahead of the index). */
    static List<TermVector> vectors(StoryClusterer clusterer, List<Article> articles) {
        return articles.parallelStream().map(clusterer::termVector).toList();
    }

    /** Feeds the stream to a new index in order and scores the stories; the time is the index's alone. */
    static Outcome run(StoryClusterer clusterer, List<Article> articles, List<TermVector> vectors,
                       Map<String, String> gold) {
        long start = System.nanoTime();
        StoryIndex index = clusterer.newIndex();
        for (int i = 0; i < articles.size(); i++) {
            index.add(articles.get(i), vectors.get(i));
        }
        List<Story> stories = index.stories();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return outcome(stories, gold, millis);
    }

    static Outcome outcome(List<Story> stories, Map<String, String> gold, long millis) {
        Map<String, Integer> seedStories = new TreeMap<>();
        int intruders = 0;
        for (Story s : stories) {
            long seeds = s.articleIds().stream().filter(SEEDS::containsKey).count();
            if (seeds > 0) {
                seedStories.put(s.id(), (int) seeds);
                intruders += s.size() - (int) seeds;
            }
        }
        return new Outcome(ClusteringScores.of(stories, gold), stories.size(), seedStories.size(), intruders, millis);
    }

    /** The 10kGNAD test articles' texts, in file order. */
    static List<String> sources(Path root) throws IOException {
        Path csv = SharedData.verified(root, GNAD, GNAD_SHA256);
        List<List<String>> rows = QuotedCsv.parse(Files.readString(csv, StandardCharsets.UTF_8), ';', '\'');
        List<String> texts = new ArrayList<>();
        for (List<String> r : rows) {
            texts.add(r.get(1));
        }
        return texts;
    }

    /** The seed reports as the project's ingester reads them, placed at {@link #SEED_HOURS}. */
    static List<SyntheticNewsStream.Placed> seeds(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : SEEDS.entrySet()) {
            files.add(SharedData.verified(root, "seeds/" + e.getKey() + ".txt", e.getValue()).toString());
        }
        IngestReport report = new ArticleIngester().ingest(files);
        assertThat(report.articles()).as("seed reports read").hasSize(SEEDS.size());
        Map<String, Article> byName = new HashMap<>();
        for (Article a : report.articles()) {
            String name = Path.of(a.source()).getFileName().toString().replace(".txt", "");
            byName.put(name, a.withId(name));
        }
        List<SyntheticNewsStream.Placed> placed = new ArrayList<>();
        int k = 0;
        for (String name : SEEDS.keySet()) {
            assertThat(byName).as("seed %s", name).containsKey(name);
            placed.add(new SyntheticNewsStream.Placed(byName.get(name),
                    Duration.ofMinutes(Math.round(SEED_HOURS[k++] * 60))));
        }
        return placed;
    }

    static Set<String> seedIds() {
        return SEEDS.keySet();
    }
}
