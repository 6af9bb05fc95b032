package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/**
 * Same-story decisions on human-judged article pairs from different outlets, German–German and German–English
 * (SemEval-2022 Task 8 training data, 150 pairs, 300 articles; {@code data/semeval2022-t8-de-en}, see its README).
 * All 300 articles are clustered in one run (in id order, which follows publication); a pair counts as "same story"
 * when both articles end in one story. Precision, recall and accuracy are reported per group (de-de, de-en) and per
 * half: the pairs are split by a seeded hash of their pair id into a tuning half (settings were chosen there) and a
 * held-out half (only reported). Needs {@code synoptic.shared}; skips with a message without it.
 */
class CrossLingualPairsEval {

    private static final String DIR = "data/semeval2022-t8-de-en";
    private static final String PAIRS_SHA256 = "f8600edd2ba5a14da1689ee60c5195f07a784a4b0c45e839f0439a3cde94f09c";
    /** Seed of the split into halves; fixed before anything was tuned. */
    private static final String SPLIT_SEED = "synoptic-issue21";
    private static final DateTimeFormatter SCRAPER_DATE =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    record Pair(String id, String id1, String id2, String group, boolean same, boolean heldOut) {
    }

    /** The pairs the data's README names as debatably labelled ("Data quality", read before scoring). */
    static final Set<String> DEBATABLE = Set.of("1520170153_1510754896", "1553238434_1553307671",
            "1513478619_1513438231", "1614797984_1615428181", "1523936708_1642514057", "1526472505_1615481713",
            "1573166606_1571474090", "1614550354_1627711616", "1534041211_1503205654", "1630542630_1624816247",
            "1528330812_1514040323");

    @Test
    void sameStoryDecisionsPerLanguagePair() throws IOException {
        Path root = SharedData.root();
        Path dir = root.resolve(DIR);
        assumeTrue(Files.isDirectory(dir), "evaluation data " + dir + " is absent: skipping the evaluation");
        List<Pair> pairs = pairs(SharedData.verified(root, DIR + "/pairs.tsv", PAIRS_SHA256));
        assertThat(pairs).hasSize(150);
        List<Article> articles = articles(dir.resolve("articles"));
        assertThat(articles).hasSize(300);

        System.out.println("Sweep of the link threshold (de-en on the tuning half; de-de is not affected by linking):");
        for (double t : new double[] {0.10, 0.15, 0.18, 0.19, 0.20, 0.21, 0.22, 0.25, 2.0}) {
            Map<String, Counts> sweep = score(pairs, StoryClusterer.builder().linkThreshold(t).build().cluster(articles));
            System.out.printf(Locale.ROOT, "  %.2f: %s%n", t, sweep.get("de-en tuning"));
        }
        ceilings(pairs, articles);
        if (Boolean.getBoolean("synoptic.compoundHeads")) {
            // -Dsynoptic.compoundHeads=true: German compound heads as clustering terms, at a sweep of join thresholds.
            // Measured 2026-12-05 (de-de tuning / held-out accuracy, false merges): plain 0.30: .650 (5) / .833 (3);
            // heads 0.30: .650 (6) / .833 (4); 0.32: .650 (5) / .833 (2); 0.34: .675 (4) / .817 (1); 0.36: .700 (3)
            // / .767 (1). Chosen on tuning alone, 0.36 removes false merges but loses recall on held-out (.781 ->
            // .594); no setting raises recall without a false merge, so compound heads stay off.
            for (double t : new double[] {0.26, 0.28, 0.30, 0.32, 0.34, 0.36}) {
                Map<String, Counts> sweep = score(pairs, StoryClusterer.builder().compoundHeads(true).threshold(t).build()
                        .cluster(articles));
                System.out.printf(Locale.ROOT, "  heads %.2f: %s | held-out %s%n", t, sweep.get("de-de tuning"),
                        sweep.get("de-de held-out"));
            }
            for (double t : new double[] {0.30}) {
                Map<String, Counts> sweep = score(pairs, StoryClusterer.builder().threshold(t).build().cluster(articles));
                System.out.printf(Locale.ROOT, "  plain %.2f: %s | held-out %s%n", t, sweep.get("de-de tuning"),
                        sweep.get("de-de held-out"));
            }
        }
        System.out.println("Sweep of the second-look threshold (de-de on the tuning half):");
        for (double t : new double[] {0.25, 0.28, 0.30, 0.32, 0.34, 0.36, 0.38, 2.0}) {
            Map<String, Counts> sweep = score(pairs,
                    StoryClusterer.builder().secondLookThreshold(t).build().cluster(articles));
            System.out.printf(Locale.ROOT, "  %.2f: %s%n", t, sweep.get("de-de tuning"));
        }
        List<Story> unlinked = StoryClusterer.builder().linkThreshold(2.0).secondLookThreshold(2.0).build().cluster(articles);
        long linkStart = System.nanoTime();
        StoryLinker.defaults().link(unlinked, articles);
        long linkMillis = (System.nanoTime() - linkStart) / 1_000_000;
        long start = System.nanoTime();
        List<Story> stories = StoryClusterer.defaults().cluster(articles);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "Linking alone (lexicon loaded): %d ms for %d articles%n", linkMillis,
                articles.size());
        org.synoptic.crosslingual.EvidenceExtractor extractor = org.synoptic.crosslingual.EvidenceExtractor.standard();
        long chars = 0;
        long evidenceStart = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (Article a : articles) {
                chars += extractor.evidence(a).weights().size();
            }
        }
        double evidenceMillis = (System.nanoTime() - evidenceStart) / 1e6 / 3;
        System.out.printf(Locale.ROOT, "Evidence extraction on one thread: %.0f ms for %d articles (%.0f articles/s; "
                + "%d keys)%n", evidenceMillis, articles.size(), articles.size() * 1000 / evidenceMillis, chars / 3);
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (Story s : stories) {
            sizes.put(s.id(), s.size());
            s.articleIds().forEach(a -> storyOf.put(a, s.id()));
        }
        System.out.printf(Locale.ROOT, "SemEval de/en pairs: %d articles -> %d stories in %d ms%n", articles.size(),
                stories.size(), millis);
        for (Story s : stories) {
            for (StoryLink l : s.links()) {
                System.out.printf(Locale.ROOT, "  link %s <- %s (%s) %.3f names %s numbers %s terms %s%n", s.id(),
                        l.storyId(), l.language(), l.score(), l.names(), l.numbers(), l.terms());
            }
        }
        Map<String, Counts> table = score(pairs, stories);
        for (Pair p : pairs) {
            boolean predicted = storyOf.get(p.id1()).equals(storyOf.get(p.id2()));
            if (!p.heldOut() && p.same() != predicted) {
                System.out.printf(Locale.ROOT, "  tuning %s %s: %s (story sizes %d, %d)%n", p.group(), p.id(),
                        p.same() ? "missed" : "FALSE MERGE", sizes.get(storyOf.get(p.id1())),
                        sizes.get(storyOf.get(p.id2())));
            }
        }
        table.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", k, c));
        // The README lists debatable labels (same event labelled different; overall and narrative two points apart);
        // it asks for figures with and without them. Reported only: nothing was chosen on this line.
        List<Pair> clear = pairs.stream().filter(p -> !DEBATABLE.contains(p.id())).toList();
        System.out.printf(Locale.ROOT, "Without the README's %d debatable pairs (%d pairs left):%n",
                pairs.size() - clear.size(), clear.size());
        score(clear, stories).forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", k, c));

        long streamStart = System.nanoTime();
        Map<String, Counts> stream = score(pairs, streamed(articles));
        long streamMillis = (System.nanoTime() - streamStart) / 1_000_000;
        long indexStart = System.nanoTime();
        StoryIndex alone = StoryClusterer.defaults().newIndex(new StoryEvents() { });
        articles.forEach(alone::add);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        System.out.printf(Locale.ROOT, "As the store links (streaming index, StoryLinkIndex as each article arrives): "
                + "%d ms for %d articles, of which the streaming index alone %d ms%n", streamMillis, articles.size(),
                indexMillis);
        stream.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", k, c));

        Counts deHeld = table.get("de-de held-out");
        Counts enHeld = table.get("de-en held-out");
        // Targets of issue 21 on the held-out half: de-de accuracy >= .92 with no false merge; de-en recall >= .80 with
        // precision >= .90. Asserted as measured (see the note in docs/ARCHITECTURE.md, "Linking across languages").
        // Measured 2026-12-05. Before linking: de-de held-out P .893 R .781 A .833 (3 false merges), de-en recall 0.
        // With StoryLinker at 0.21 (chosen on the tuning half: P .923 R .800): de-en held-out P .857 R .600 A .800,
        // short of the targets (R >= .80, P >= .90); de-de is not touched by linking. The floors below are
        // the measured figures, so a change that loses ground fails here.
        // Measured 2026-12-05 after MojibakeRepair (double-encoded reports read repaired) and demonym keys: de-de
        // held-out P .897 R .813 A .850 (3 false merges; 1592456803 joins its story), tuning unchanged (A .650);
        // de-en unchanged in both halves at 0.21 (tuning P .923 R .800, held-out P .857 R .600).
        // Measured 2026-12-05 after the press-release, network-footer, byline and widget rules of ContentRules (two
        // ZDF press releases had been joined by their shared contact block): de-de held-out P .929 R .813 A .867 (2
        // false merges, one of them a debatable label), tuning A .700 (was .650: the UN and SIPRI pairs join, the
        // ZDF pair parts, the README's debatable Leer restaurant pair joins); de-en unchanged.
        // Measured 2026-12-06 with the lead read apart (StoryLinker.leadShare 0.3, lead 800 characters, threshold
        // 0.20; chosen on the tuning half by leave-one-out accuracy, LinkRepresentationEval.leads): de-en tuning P
        // 1.000 R .933, held-out P .875 R .700 A .840 (one more link, no new false link); streamed as the store links:
        // tuning P 1.000 R .867, held-out the same as the batch; de-de unchanged.
        assertThat(deHeld.fp).as("de-de false merges on the held-out half").isLessThanOrEqualTo(2);
        assertThat(deHeld.accuracy()).as("de-de accuracy on the held-out half").isGreaterThanOrEqualTo(0.866);
        assertThat(enHeld.recall()).as("de-en recall on the held-out half").isGreaterThanOrEqualTo(0.7);
        assertThat(enHeld.precision()).as("de-en precision on the held-out half").isGreaterThanOrEqualTo(0.875);
        assertThat(table.get("de-en all").accuracy()).as("de-en accuracy, both halves").isGreaterThanOrEqualTo(0.9);
        // The store's streaming links, measured 2026-12-05: the same figures as the batch in every group and half
        // (de-en held-out P .857 R .600 A .800; de-de held-out A .833, 3 false merges).
        assertThat(stream.get("de-en held-out").recall()).as("streamed de-en recall, held-out").isGreaterThanOrEqualTo(0.6);
        assertThat(stream.get("de-en held-out").precision()).as("streamed de-en precision, held-out")
                .isGreaterThanOrEqualTo(0.85);
        assertThat(stream.get("de-de held-out").fp).as("streamed de-de false merges, held-out").isLessThanOrEqualTo(2);
    }

    /**
     * The stories as the store makes them ({@code StoryAssigner} and {@code StoryLinks} in synoptic-store): the
     * streaming index places each article, the index's merges and the links join stories (the one founded first
     * survives), and {@link StoryLinkIndex} decides a link as each article arrives.
     */
    static List<Story> streamed(List<Article> articles) {
        StoryClusterer clusterer = StoryClusterer.defaults();
        Map<String, String> parent = new HashMap<>();
        Map<String, Long> founded = new HashMap<>();
        List<String[]> merges = new ArrayList<>();
        StoryIndex index = clusterer.newIndex(new StoryEvents() {
            @Override
            public void merged(String fromStoryId, String intoStoryId) {
                merges.add(new String[] {fromStoryId, intoStoryId});
            }
        });
        StoryLinkIndex links = new StoryLinkIndex(clusterer.linker(), 4_000);
        Map<String, String> placedIn = new java.util.LinkedHashMap<>();
        java.util.function.UnaryOperator<String> find = id -> {
            String r = id;
            while (parent.containsKey(r)) {
                r = parent.get(r);
            }
            return r;
        };
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String placed = index.add(a);
            for (String[] m : merges) {
                String from = find.apply(m[0]);
                String into = find.apply(m[1]);
                if (!from.equals(into)) {
                    String survivor = founded.getOrDefault(from, Long.MAX_VALUE) < founded.getOrDefault(into, Long.MAX_VALUE)
                            ? from : into;
                    String loser = survivor.equals(from) ? into : from;
                    parent.put(loser, survivor);
                    links.merged(loser, survivor);
                }
            }
            merges.clear();
            String story = find.apply(placed);
            placedIn.put(a.id(), placed);
            links.place(a, story, id -> founded.getOrDefault(id, Long.MAX_VALUE))
                    .ifPresent(j -> parent.put(j.fromStoryId(), j.intoStoryId()));
            founded.putIfAbsent(placed, (long) i);
        }
        Map<String, List<String>> members = new java.util.LinkedHashMap<>();
        placedIn.forEach((article, placed) -> members.computeIfAbsent(find.apply(placed), k -> new ArrayList<>()).add(article));
        List<Story> out = new ArrayList<>();
        members.forEach((id, ids) -> out.add(new Story(id, ids)));
        return out;
    }

    /**
     * What choosing a threshold alone could reach on each half, with the threshold chosen on that half itself (an
     * oracle: reported so that a reader sees whether the targets lie within the reach of any threshold, never
     * used to choose one). De-en: the best recall at precision at least 0.90 over link thresholds 0.05 to 0.60; de-de:
     * the best accuracy with no false merge over join thresholds 0.20 to 0.60 (linking as today).
     */
    static void ceilings(List<Pair> all, List<Article> articles) {
        System.out.println("Ceilings (each half's own best threshold; an oracle, never used to choose):");
        ceilings(all, articles, "");
        ceilings(all.stream().filter(p -> !DEBATABLE.contains(p.id())).toList(), articles,
                " (without the debatable pairs)");
    }

    private static void ceilings(List<Pair> pairs, List<Article> articles, String label) {
        for (String half : List.of("tuning", "held-out")) {
            Counts bestEn = null;
            double bestEnAt = 0;
            for (int i = 5; i <= 60; i++) {
                Counts c = score(pairs, StoryClusterer.builder().linkThreshold(i / 100.0).build().cluster(articles))
                        .get("de-en " + half);
                if (c.precision() >= 0.90 && (bestEn == null || c.tp > bestEn.tp)) {
                    bestEn = c;
                    bestEnAt = i / 100.0;
                }
            }
            Counts bestDe = null;
            double bestDeAt = 0;
            for (int i = 20; i <= 60; i += 2) {
                Counts c = score(pairs, StoryClusterer.builder().threshold(i / 100.0).build().cluster(articles))
                        .get("de-de " + half);
                if (c.fp == 0 && (bestDe == null || c.accuracy() > bestDe.accuracy())) {
                    bestDe = c;
                    bestDeAt = i / 100.0;
                }
            }
            System.out.printf(Locale.ROOT, "  de-en %-8s best recall at P >= 0.90%s: %s (link threshold %.2f)%n", half,
                    label, bestEn, bestEnAt);
            System.out.printf(Locale.ROOT, "  de-de %-8s best accuracy with no false merge%s: %s (join threshold %.2f)%n",
                    half, label, bestDe, bestDeAt);
        }
    }

    /** Confusion counts by "group half" ("de-en tuning") and "group all". */
    static Map<String, Counts> score(List<Pair> pairs, List<Story> stories) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articleIds().forEach(a -> storyOf.put(a, s.id())));
        Map<String, Counts> table = new TreeMap<>();
        for (Pair p : pairs) {
            boolean predicted = storyOf.get(p.id1()).equals(storyOf.get(p.id2()));
            String half = p.heldOut() ? "held-out" : "tuning";
            table.computeIfAbsent(p.group() + " " + half, k -> new Counts()).add(p.same(), predicted);
            table.computeIfAbsent(p.group() + " all", k -> new Counts()).add(p.same(), predicted);
        }
        return table;
    }

    /** Confusion counts of one group. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean gold, boolean predicted) {
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double accuracy() {
            return (double) (tp + tn) / (tp + fp + fn + tn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairs %3d (same %2d): TP %2d FP %2d FN %2d TN %2d  P %.3f R %.3f A %.3f",
                    tp + fp + fn + tn, tp + fn, tp, fp, fn, tn, precision(), recall(), accuracy());
        }
    }

    static List<Pair> pairs(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("pair_id\tid1\tid2\tlang1\tlang2\toverall\tnarrative\tentities\ttime\tsame");
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0], f[1], f[2], f[3] + "-" + f[4], f[9].equals("1"), heldOut(f[0])));
        }
        return pairs;
    }

    /** The seeded split: the first byte of SHA-256(seed + ":" + pair id), odd for the held-out half. */
    static boolean heldOut(String pairId) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest((SPLIT_SEED + ":" + pairId).getBytes(StandardCharsets.UTF_8));
            return (sha[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The articles in id order, read as the CLI reads a JSON article (through {@link org.synoptic.ingest.ArticleParser},
     * so the text is cleaned as at ingest): the language as the pair file gives it, the scraper's date as ISO-8601, the
     * outlet as the URL's host. Measured 2026-12-05: every figure is the same as with the texts taken raw.
     */
    static List<Article> articles(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Article> byId = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode n = json.readTree(f.toFile());
                String id = n.get("id").asText();
                String title = n.path("title").isTextual() ? n.get("title").asText() : null;
                String url = n.path("url").asText(null);
                com.fasterxml.jackson.databind.node.ObjectNode o = json.createObjectNode();
                o.put("id", id);
                o.put("url", url);
                o.put("title", title);
                o.put("text", n.get("text").asText());
                o.put("outlet", host(url));
                o.put("published", iso(n.path("published").asText(null)));
                o.put("language", n.get("language").asText());
                var report = new org.synoptic.ingest.ArticleParser().parse(json.writeValueAsBytes(o),
                        "application/json", f.getFileName().toString());
                if (report.articles().size() != 1) {
                    throw new IllegalStateException(id + ": " + report.outcomes());
                }
                byId.put(id, report.articles().get(0));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The outlet as ingest infers it: the URL's host without "www.", behind a web.archive.org snapshot prefix. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        String u = url.replaceFirst("^https?://web\\.archive\\.org/web/[^/]+/", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^https?://(?:www\\.)?([^/:?#]+)").matcher(u);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String iso(String scraperDate) {
        if (scraperDate == null || scraperDate.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(scraperDate.replaceAll("\\s+", " ").strip(), SCRAPER_DATE).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
