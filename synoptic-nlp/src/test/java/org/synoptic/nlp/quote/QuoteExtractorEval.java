package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.SharedData;
import org.synoptic.nlp.StandardExtractors;

/**
 * Quotation extraction and speaker attribution on the German news quotation data set (quotes-de-2024: Wikinews
 * articles, 700 in train and 150 in dev; all annotation types: Direct, Indirect, FreeIndirect, IndirectFreeIndirect,
 * Reported). Train is printed for tuning and asserts nothing; dev is the reported figure and has floors. Each run
 * prints the analyzer it used: {@link ArticleAnalyzer#ruleBased()} (our gazetteer entities) or
 * {@link ArticleAnalyzer#standard()} (CoreNLP's German NER, and cited sources as speakers where no person is named).
 *
 * <p>The criterion is ours, not the data set's official scorer, and is written down here so that figures can be
 * compared over time:
 * <ul>
 *   <li><b>Quote span.</b> A gold quote is the set of its annotated spans (a quote split by "sagte er" has two; the
 *   words of the reporting clause between them are not part of it). A found quote matches a gold quote when the
 *   characters they share are at least half of the shorter of the two (gold spans include the quotation marks, ours
 *   exclude them). Matching is one-to-one: each found quote, in text order, takes the unused gold quote with the
 *   highest overlap relative to the union of both (so a direct quote nested in a longer reported statement goes to
 *   the direct gold quote, not the container); among gold quotes of equal overlap (the same words annotated twice,
 *   once for each source that reports them) it takes one whose speaker it names.</li>
 *   <li><b>Split quotes.</b> A found quote that matches no unused gold quote but lies for at least half its length
 *   inside a multi-span gold quote already matched is a piece of the same quotation (we report the two halves of
 *   „…“, sagte er, „…“ separately, the data set as one): it is counted neither as a hit nor as a false
 *   positive.</li>
 *   <li><b>Speaker (joint).</b> A span match whose speaker is right too. When the gold quote has speaker spans, our
 *   quote must name a speaker ({@code speaker != null}) and its speaker mention ({@code speakerStart..speakerEnd}) must
 *   share at least half of the shorter of the two with one of the gold speaker spans: the gold speaker is the
 *   mention at that spot ("der Sprecher des Ministeriums", "er", "Angaben der Polizei"; for a continued quote the
 *   mention that introduced it), so our mention must point there, not merely carry the right name. When the gold
 *   quote has no speaker, ours must have none either.</li>
 *   <li><b>Per type.</b> Precision per predicted kind: our direct quotes against gold Direct, our other quotes against
 *   the other four types (each a separate one-to-one matching); and for each {@link Quote.Kind} the share of our
 *   quotes of that kind that match a gold quote (span, joint) and how often the matched gold type fits the kind
 *   (indirect: Indirect or IndirectFreeIndirect; free indirect: FreeIndirect or IndirectFreeIndirect). For the four
 *   non-direct gold types the eval prints recall and the speaker accuracy of matched quotes (joint hits / span
 *   hits), which is the per-type share a reader would see misattributed.</li>
 * </ul>
 * With {@code -Deval.dump=DIR} every hit, miss, false positive and wrong speaker is written to
 * {@code DIR/quotes-<split>-<analyzer>.tsv} for error analysis.
 */
class QuoteExtractorEval {

    private static final String DEV = "data/quotes-de-2024/dev";
    private static final String DEV_SHA256 = "575c5e5c6b8a41b6bb85ef9b8a0c9ba32c92b06cebdfb9415602d572939b80e1";
    private static final String TRAIN = "data/quotes-de-2024/train";
    private static final String TRAIN_SHA256 = "c467e5fe0c88b311e8920c8a32e35129aadcb5a31d7dc1aea2445d7363a59555";
    private static final List<String> TYPES = List.of("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect",
            "Reported");

    /** A gold quote: its spans, its speaker spans and its annotated type. */
    private record Gold(List<int[]> spans, List<int[]> speakers, String type, String text, String speakerText) {

        int length() {
            return spans.stream().mapToInt(s -> s[1] - s[0]).sum();
        }

        int overlap(int start, int end) {
            int o = 0;
            for (int[] s : spans) {
                o += Math.max(0, Math.min(end, s[1]) - Math.max(start, s[0]));
            }
            return o;
        }

        boolean direct() {
            return "Direct".equals(type);
        }
    }

    /** Counts for one comparison. */
    private static final class Score {
        int predicted;
        int gold;
        int matched;
        int joint;

        static double[] prf(int tp, int predicted, int gold) {
            double p = tp / (double) Math.max(1, predicted);
            double r = tp / (double) Math.max(1, gold);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    /**
     * The figures of one run: overall, our direct vs gold Direct, our others vs the other types; per gold type; per
     * kind we predicted (found, span hits, joint hits, hits whose gold type fits the kind).
     */
    private record Result(Score all, Score direct, Score other, Map<String, int[]> byType,
                          Map<Quote.Kind, int[]> byKind) {

        double[] span() {
            return Score.prf(all.matched, all.predicted, all.gold);
        }

        double[] joint() {
            return Score.prf(all.joint, all.predicted, all.gold);
        }

        double[] directSpan() {
            return Score.prf(direct.matched, direct.predicted, direct.gold);
        }

        double[] directJoint() {
            return Score.prf(direct.joint, direct.predicted, direct.gold);
        }
    }

    @Test
    void devSplit() throws IOException, NoSuchAlgorithmException {
        Result r = run(DEV, DEV_SHA256, RuleBasedExtractors.analyzer(), "rule-based");
        // Floors a little below the figures measured on dev: span 0.726, joint 0.550, direct 0.830 and 0.561
        // (joint was 0.557 while report nouns such as "Medienberichten" counted as speakers, as the data set has it).
        assertThat(r.span()[2]).as("span F1 over all quote types").isGreaterThanOrEqualTo(0.70);
        assertThat(r.joint()[2]).as("joint F1 over all quote types").isGreaterThanOrEqualTo(0.54);
        assertThat(r.directSpan()[2]).as("span F1 of direct quotes").isGreaterThanOrEqualTo(0.81);
        assertThat(r.directJoint()[2]).as("joint F1 of direct quotes").isGreaterThanOrEqualTo(0.54);
    }

    @Test
    void devSplitStandard() throws IOException, NoSuchAlgorithmException {
        Result r = run(DEV, DEV_SHA256, StandardExtractors.analyzer(), "standard (CoreNLP)");
        // Measured: span 0.725, joint 0.548 (0.555 while report nouns counted as speakers; the issue's target is 0.55).
        assertThat(r.span()[2]).as("span F1 over all quote types").isGreaterThanOrEqualTo(0.70);
        assertThat(r.joint()[2]).as("joint F1 over all quote types").isGreaterThanOrEqualTo(0.54);
    }

    /** The train split, for tuning: prints both analyzers' figures, asserts nothing. */
    @Test
    void trainSplit() throws IOException, NoSuchAlgorithmException {
        run(TRAIN, TRAIN_SHA256, RuleBasedExtractors.analyzer(), "rule-based");
        if (!Boolean.getBoolean("eval.train.ruleOnly")) {
            run(TRAIN, TRAIN_SHA256, StandardExtractors.analyzer(), "standard (CoreNLP)");
        }
    }

    private static Result run(String data, String sha256, ArticleAnalyzer analyzer, String label)
            throws IOException, NoSuchAlgorithmException {
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
        assertThat(HexFormat.of().formatHex(digest.digest())).as("SHA-256 of the concatenated files of " + data)
                .isEqualTo(sha256);

        String dumpDir = System.getProperty("eval.dump");
        PrintWriter dump = dumpDir == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dumpDir).resolve(
                "quotes-" + Path.of(data).getFileName() + "-" + label.split(" ")[0] + ".tsv"), StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        Result result = new Result(new Score(), new Score(), new Score(), new TreeMap<>(), new TreeMap<>());
        TYPES.forEach(t -> result.byType().put(t, new int[3]));
        for (Quote.Kind k : Quote.Kind.values()) {
            result.byKind().put(k, new int[4]);
        }
        StrictScore strict = new StrictScore();
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
                gold.add(new Gold(spans(spans), spans(a.path("speaker").path("spans")), a.path("type").asText(),
                        a.path("quote").path("text").asText(), a.path("speaker").path("text").asText()));
            }
            Article article = new Article(f.getFileName().toString(), f.toString(), null, null, text, null, null,
                    null, "de", null);
            ArticleAnalysis analysis = analyzer.analyze(article);
            strict.add(doc, analysis.quotes());
            String name = f.getFileName().toString().split(" ")[0];
            score(analysis.quotes(), gold, result.all(), result.byType(), result.byKind(), text,
                    dump == null ? null : dump, name);
            score(analysis.quotes().stream().filter(Quote::direct).toList(),
                    gold.stream().filter(Gold::direct).toList(), result.direct(), null, null, text, null, name);
            score(analysis.quotes().stream().filter(q -> !q.direct()).toList(),
                    gold.stream().filter(g -> !g.direct()).toList(), result.other(), null, null, text, null, name);
        }
        if (dump != null) {
            dump.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("QuoteExtractorEval: %s, analyzer %s, %d documents, %.1f s%n", data, label, files.size(),
                seconds);
        print("all quotes         span ", result.all(), result.all().matched);
        print("all quotes         joint", result.all(), result.all().joint);
        print("direct/Direct      span ", result.direct(), result.direct().matched);
        print("direct/Direct      joint", result.direct(), result.direct().joint);
        print("other/non-Direct   span ", result.other(), result.other().matched);
        print("other/non-Direct   joint", result.other(), result.other().joint);
        result.byType().forEach((type, k) -> System.out.printf(
                "  gold %-20s n=%4d span R=%.3f joint R=%.3f speaker accuracy of matched=%.3f%n", type, k[0],
                k[1] / (double) Math.max(1, k[0]), k[2] / (double) Math.max(1, k[0]), k[2] / (double) Math.max(1, k[1])));
        strict.print();
        result.byKind().forEach((kind, k) -> System.out.printf(
                "  ours %-13s n=%4d span P=%.3f joint P=%.3f gold type fits the kind=%.3f of span hits%n",
                kind.name().toLowerCase(java.util.Locale.ROOT), k[0], k[1] / (double) Math.max(1, k[0]),
                k[2] / (double) Math.max(1, k[0]), k[3] / (double) Math.max(1, k[1])));
        return result;
    }

    /**
     * The strict scorer, in the manner of SpkAtt-2023 task 2: token-level precision, recall and F1 per role (cue,
     * speaker, message), with no partial credit for overlap. Per document, the gold tokens of a role are the union of
     * that role's token ids over all annotations; ours are the data set's tokens that lie wholly inside one of our
     * quote spans (message) or speaker mentions (speaker). We name no cue, so cue recall is zero by construction: the
     * figure is printed so that it shows. The joint figure is the micro average over the three roles. Unlike the task's
     * official scorer it does not align annotations one to one, so a token two gold quotes share counts once.
     */
    private static final class StrictScore {
        private static final List<String> ROLES = List.of("cue", "speaker", "message");
        private final Map<String, int[]> counts = new TreeMap<>(); // role -> {tp, predicted, gold}

        StrictScore() {
            ROLES.forEach(r -> counts.put(r, new int[3]));
        }

        void add(JsonNode doc, List<Quote> quotes) {
            List<int[]> tokens = new ArrayList<>();
            for (JsonNode t : doc.get("tokens")) {
                tokens.add(new int[] {t.get("charBegin").asInt(), t.get("charEnd").asInt(), t.get("id").asInt()});
            }
            Map<String, java.util.Set<Integer>> gold = new TreeMap<>();
            ROLES.forEach(r -> gold.put(r, new java.util.HashSet<>()));
            for (JsonNode a : doc.get("annotations")) {
                a.path("cue").path("tokenIds").forEach(id -> gold.get("cue").add(id.asInt()));
                a.path("speaker").path("tokenIds").forEach(id -> gold.get("speaker").add(id.asInt()));
                a.path("quote").path("tokenIds").forEach(id -> gold.get("message").add(id.asInt()));
            }
            Map<String, java.util.Set<Integer>> ours = new TreeMap<>();
            ROLES.forEach(r -> ours.put(r, new java.util.HashSet<>()));
            for (Quote q : quotes) {
                for (int i = 0; i < tokens.size(); i++) {
                    int[] t = tokens.get(i);
                    if (t[0] >= q.start() && t[1] <= q.end()) {
                        ours.get("message").add(t[2]);
                    }
                    if (q.speakerStart() >= 0 && t[0] >= q.speakerStart() && t[1] <= q.speakerEnd()) {
                        ours.get("speaker").add(t[2]);
                    }
                }
            }
            for (String r : ROLES) {
                int[] c = counts.get(r);
                java.util.Set<Integer> hit = new java.util.HashSet<>(ours.get(r));
                hit.retainAll(gold.get(r));
                c[0] += hit.size();
                c[1] += ours.get(r).size();
                c[2] += gold.get(r).size();
            }
        }

        void print() {
            int[] all = new int[3];
            StringBuilder line = new StringBuilder("  strict token F1 (SpkAtt-style):");
            for (String r : ROLES) {
                int[] c = counts.get(r);
                for (int i = 0; i < 3; i++) {
                    all[i] += c[i];
                }
                line.append(String.format(" %s P=%.3f R=%.3f F1=%.3f;", r, Score.prf(c[0], c[1], c[2])[0],
                        Score.prf(c[0], c[1], c[2])[1], Score.prf(c[0], c[1], c[2])[2]));
            }
            line.append(String.format(" joint F1=%.3f", Score.prf(all[0], all[1], all[2])[2]));
            System.out.println(line);
        }
    }

    private static List<int[]> spans(JsonNode spans) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode sp : spans) {
            out.add(new int[] {sp.get("charBegin").asInt(), sp.get("charEnd").asInt()});
        }
        return out;
    }

    private static void print(String label, Score s, int tp) {
        double[] prf = Score.prf(tp, s.predicted, s.gold);
        System.out.printf("  %s P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)%n", label, prf[0], prf[1], prf[2],
                tp, s.predicted, s.gold);
    }

    /** Whether a gold type is what our kind claims: Indirect and FreeIndirect both admit IndirectFreeIndirect. */
    private static boolean fits(Quote.Kind kind, String type) {
        return switch (kind) {
            case DIRECT -> type.equals("Direct");
            case INDIRECT -> type.equals("Indirect") || type.equals("IndirectFreeIndirect");
            case FREE_INDIRECT -> type.equals("FreeIndirect") || type.equals("IndirectFreeIndirect");
            case REPORTED -> type.equals("Reported");
        };
    }

    private static void score(List<Quote> found, List<Gold> gold, Score score, Map<String, int[]> byType,
                              Map<Quote.Kind, int[]> byKind, String text, PrintWriter dump, String doc) {
        if (byType != null) {
            gold.forEach(g -> byType.get(g.type())[0]++);
        }
        score.gold += gold.size();
        boolean[] used = new boolean[gold.size()];
        for (Quote q : found) {
            int best = -1;
            double bestRatio = 0;
            for (int g = 0; g < gold.size(); g++) {
                Gold gq = gold.get(g);
                int overlap = gq.overlap(q.start(), q.end());
                int shorter = Math.min(q.end() - q.start(), gq.length());
                double ratio = overlap / (double) (q.end() - q.start() + gq.length() - overlap);
                boolean tie = best >= 0 && ratio == bestRatio && !speakerRight(gold.get(best), q) && speakerRight(gq, q);
                if (!used[g] && overlap > 0 && 2 * overlap >= shorter && (ratio > bestRatio || tie)) {
                    best = g;
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                boolean piece = false;
                for (int g = 0; g < gold.size() && !piece; g++) {
                    Gold gq = gold.get(g);
                    piece = used[g] && gq.spans().size() > 1 && 2 * gq.overlap(q.start(), q.end()) >= q.end() - q.start();
                }
                if (!piece) {
                    score.predicted++;
                    if (byKind != null) {
                        byKind.get(q.kind())[0]++;
                    }
                    if (dump != null) {
                        dump.printf("FP\t%s\t%s\t%s\t%s\t%s%n", doc, q.direct() ? "direct" : "other", clip(q.text()),
                                ourSpeaker(q, text), "");
                    }
                }
                continue;
            }
            score.predicted++;
            used[best] = true;
            score.matched++;
            Gold gq = gold.get(best);
            if (byType != null) {
                byType.get(gq.type())[1]++;
            }
            if (byKind != null) {
                int[] k = byKind.get(q.kind());
                k[0]++;
                k[1]++;
                k[3] += fits(q.kind(), gq.type()) ? 1 : 0;
            }
            boolean speakerRight = speakerRight(gq, q);
            if (speakerRight) {
                score.joint++;
                if (byKind != null) {
                    byKind.get(q.kind())[2]++;
                }
                if (byType != null) {
                    byType.get(gq.type())[2]++;
                }
            }
            if (dump != null) {
                dump.printf("%s\t%s\t%s\t%s\t%s\t%s%n", speakerRight ? "OK" : "SPEAKER", doc, gq.type(), clip(q.text()),
                        ourSpeaker(q, text), gq.speakerText() + "@" + (gq.speakers().isEmpty() ? -1 : gq.speakers().get(0)[0]));
            }
        }
        if (dump != null) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g]) {
                    Gold gq = gold.get(g);
                    dump.printf("FN\t%s\t%s\t%s\t%s\t%s%n", doc, gq.type(), clip(gq.text()), "",
                            gq.speakerText() + "@" + (gq.speakers().isEmpty() ? -1 : gq.speakers().get(0)[0]));
                }
            }
        }
    }

    /** The speaker criterion of the class comment: our mention overlaps a gold speaker span, or neither names one. */
    private static boolean speakerRight(Gold gq, Quote q) {
        return gq.speakers().isEmpty() ? q.speaker() == null
                : q.speaker() != null && q.speakerStart() >= 0 && gq.speakers().stream().anyMatch(sp -> {
                    int overlap = Math.min(sp[1], q.speakerEnd()) - Math.max(sp[0], q.speakerStart());
                    return overlap > 0 && 2 * overlap >= Math.min(sp[1] - sp[0], q.speakerEnd() - q.speakerStart());
                });
    }

    private static String ourSpeaker(Quote q, String text) {
        return q.speaker() + "@" + q.speakerStart() + (q.speakerStart() >= 0
                ? "[" + text.substring(q.speakerStart(), q.speakerEnd()) + "]" : "")
                + (q.provenance() == null ? "" : "{" + q.provenance().finder() + "/" + q.provenance().sieve() + "}");
    }

    private static String clip(String s) {
        String flat = s.replace('\n', ' ').replace('\t', ' ');
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }
}
