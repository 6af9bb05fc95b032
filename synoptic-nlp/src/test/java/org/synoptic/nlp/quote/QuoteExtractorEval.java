package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.SharedData;

/**
 * Quotation extraction and attribution on the dev split of the German news quotation data set (quotes-de-2024, 150
 * Wikinews articles; all annotation types: Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported).
 *
 * <p>Lenient criterion (documented here because it is ours, not the data set's official scorer): a found quote
 * matches a gold quote when their character overlap is at least half of the shorter of the two (the gold span's
 * quotation marks count as characters; ours exclude them). Matching is one-to-one, greedy by overlap. Joint: a
 * matched pair whose speaker is right too, i.e. our speaker mention overlaps one of the gold speaker spans, or both
 * have no speaker. Direct-only figures compare our {@code direct} quotes with gold {@code Direct} ones.
 */
class QuoteExtractorEval {

    private static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");
    private static final String DATA = "data/quotes-de-2024/dev";
    private static final String SHA256 = "575c5e5c6b8a41b6bb85ef9b8a0c9ba32c92b06cebdfb9415602d572939b80e1";

    /** A gold quote: its spans' hull, its speaker spans, whether it is direct, and its annotated type. */
    private record Gold(int start, int end, List<int[]> speakers, boolean direct, String type) {
    }

    /** Per gold type: {gold, span matched, joint matched}. */
    private static final java.util.Map<String, int[]> BY_TYPE = new java.util.TreeMap<>();

    /** Counts for one comparison. */
    private static final class Score {
        int predicted;
        int gold;
        int matched;
        int joint;

        double[] prf(int tp) {
            double p = tp / (double) Math.max(1, predicted);
            double r = tp / (double) Math.max(1, gold);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    @Test
    void devSplit() throws IOException, NoSuchAlgorithmException {
        double[][] f = run(DATA, SHA256, RuleBasedExtractors.analyzer(), "rule-based entities");
        // Floors a little below the figures measured when this eval was written (0.469, 0.161, 0.766, 0.255).
        assertThat(f[0][2]).as("span F1 over all quote types").isGreaterThanOrEqualTo(0.43);
        assertThat(f[1][2]).as("joint F1 over all quote types").isGreaterThanOrEqualTo(0.14);
        assertThat(f[2][2]).as("span F1 of direct quotes").isGreaterThanOrEqualTo(0.72);
        assertThat(f[3][2]).as("joint F1 of direct quotes").isGreaterThanOrEqualTo(0.23);
    }

    @Test
    void devSplitStandard() throws IOException, NoSuchAlgorithmException {
        double[][] f = run(DATA, SHA256, org.synoptic.nlp.StandardExtractors.analyzer(), "CoreNLP entities");
        assertThat(f[0][2]).as("span F1 over all quote types").isGreaterThanOrEqualTo(STANDARD_FLOOR[0]);
        assertThat(f[1][2]).as("joint F1 over all quote types").isGreaterThanOrEqualTo(STANDARD_FLOOR[1]);
    }

    private static final double[] STANDARD_FLOOR = {0.45, 0.18};

    /** The train split, for tuning: prints only, asserts nothing. Run with -Dtest=QuoteExtractorEval#trainSplit. */
    @Test
    void trainSplit() throws IOException, NoSuchAlgorithmException {
        if (Boolean.getBoolean("eval.train")) {
            run("data/quotes-de-2024/train", null, org.synoptic.nlp.StandardExtractors.analyzer(), "CoreNLP entities");
        }
    }

    private static double[][] run(String data, String sha256, ArticleAnalyzer analyzer, String label)
            throws IOException, NoSuchAlgorithmException {
        BY_TYPE.clear();
        Path dir = SharedData.file(data);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path f : files) {
            digest.update(Files.readAllBytes(f));
        }
        if (sha256 != null) {
            assertThat(HexFormat.of().formatHex(digest.digest())).as("SHA-256 of the concatenated dev files")
                    .isEqualTo(sha256);
        }

        ObjectMapper json = new ObjectMapper();
        Score all = new Score();
        Score direct = new Score();
        long started = System.nanoTime();
        for (Path f : files) {
            JsonNode doc = json.readTree(f.toFile());
            String text = doc.get("originalText").asText();
            if (text.isBlank()) {
                continue;
            }
            List<Gold> gold = new ArrayList<>();
            for (JsonNode a : doc.get("annotations")) {
                JsonNode spans = a.path("quote").path("spans");
                if (!spans.isArray() || spans.isEmpty()) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (JsonNode sp : spans) {
                    start = Math.min(start, sp.get("charBegin").asInt());
                    end = Math.max(end, sp.get("charEnd").asInt());
                }
                List<int[]> speakers = new ArrayList<>();
                for (JsonNode sp : a.path("speaker").path("spans")) {
                    speakers.add(new int[] {sp.get("charBegin").asInt(), sp.get("charEnd").asInt()});
                }
                gold.add(new Gold(start, end, speakers, "Direct".equals(a.path("type").asText()), a.path("type").asText()));
            }
            Article article = new Article(f.getFileName().toString(), f.toString(), null, null, text, null, null,
                    null, "de", null);
            ArticleAnalysis analysis = analyzer.analyze(article);
            score(analysis.quotes(), gold, all, true);
            score(analysis.quotes().stream().filter(Quote::direct).toList(),
                    gold.stream().filter(Gold::direct).toList(), direct, false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("QuoteExtractorEval: %s, %s, %d documents, %.1f s, lenient overlap >= 50%% of "
                + "the shorter span%n", data, label, files.size(), seconds);
        double[] span = print("all quotes, span ", all, all.matched);
        double[] joint = print("all quotes, joint", all, all.joint);
        double[] directSpan = print("direct,     span ", direct, direct.matched);
        double[] directJoint = print("direct,     joint", direct, direct.joint);
        BY_TYPE.forEach((type, k) -> System.out.printf("  gold %-20s n=%4d span recall=%.3f joint recall=%.3f%n",
                type, k[0], k[1] / (double) Math.max(1, k[0]), k[2] / (double) Math.max(1, k[0])));
        return new double[][] {span, joint, directSpan, directJoint};
    }

    private static double[] print(String label, Score s, int tp) {
        double[] prf = s.prf(tp);
        System.out.printf("  %s P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)%n", label, prf[0], prf[1], prf[2],
                tp, s.predicted, s.gold);
        return prf;
    }

    private static void score(List<Quote> found, List<Gold> gold, Score score, boolean byType) {
        if (byType) {
            gold.forEach(g -> BY_TYPE.computeIfAbsent(g.type(), x -> new int[3])[0]++);
        }
        score.predicted += found.size();
        score.gold += gold.size();
        boolean[] used = new boolean[gold.size()];
        for (Quote q : found) {
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < gold.size(); g++) {
                Gold gq = gold.get(g);
                int overlap = Math.min(q.end(), gq.end()) - Math.max(q.start(), gq.start());
                int shorter = Math.min(q.end() - q.start(), gq.end() - gq.start());
                if (!used[g] && overlap > 0 && 2 * overlap >= shorter && overlap > bestOverlap) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            score.matched++;
            Gold gq = gold.get(best);
            if (byType) {
                BY_TYPE.computeIfAbsent(gq.type(), x -> new int[3])[1]++;
            }
            boolean speakerRight = gq.speakers().isEmpty() ? q.speaker() == null
                    : q.speakerStart() >= 0 && gq.speakers().stream()
                    .anyMatch(sp -> Math.min(sp[1], q.speakerEnd()) > Math.max(sp[0], q.speakerStart()));
            if (speakerRight) {
                score.joint++;
                if (byType) {
                    BY_TYPE.computeIfAbsent(gq.type(), x -> new int[3])[2]++;
                }
            } else if (VERBOSE) {
                System.out.println("    SPEAKER gold=" + gq.speakers().stream().map(sp -> sp[0] + "-" + sp[1]).toList()
                        + " ours=" + q.speaker() + "@" + q.speakerStart() + " direct=" + q.direct() + " | "
                        + q.text().substring(0, Math.min(60, q.text().length())));
            }
        }
    }
}
