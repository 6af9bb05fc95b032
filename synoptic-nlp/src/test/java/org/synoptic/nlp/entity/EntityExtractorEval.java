package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.EntityExtractor;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.SharedData;
import org.synoptic.nlp.StandardExtractors;

/**
 * Named-entity quality on GermEval 2014 (test split, outer chunks): exact span and type, per class and micro-averaged.
 *
 * <p>Each sentence becomes one article whose text is its tokens joined by single spaces. Our types map PERSON -> PER,
 * LOCATION -> LOC, ORGANIZATION -> ORG, OTHER -> OTH; gold {@code deriv}/{@code part} chunks ("deutschen",
 * "EU-Staaten") are not entities here, so predicting them counts as a false positive.
 */
class EntityExtractorEval {

    private static final String DATA = "data/germeval2014-ner/NER-de-test.tsv";
    private static final String SHA256 = "ec6e6adce5ed71cee119ae758e569ea4be54c6be5319b3b49dfcdcb05e51301b";
    /** The development split: the rules below were tuned on it; the test split is only measured. */
    private static final String DEV = "data/germeval2014-ner/NER-de-dev.tsv";
    private static final String DEV_SHA256 = "2ffe8405acc6bb6111b62a88623aa1e1f2e6db16b77fc005c54163541807aa05";
    /**
     * With {@code -Deval.verbose=true}, prints each false positive and false negative of the development split; the
     * test split's errors are never printed, so that no rule is tuned on them.
     */
    private static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");
    private static final List<String> CLASSES = List.of("PER", "LOC", "ORG", "OTH");

    /** A typed character span: "start:end:TYPE". */
    private static String span(int start, int end, String type) {
        return start + ":" + end + ":" + type;
    }

    @Test
    void ruleBasedOnGermEval2014Test() throws IOException {
        double[] pf = germEval2014Test("rule-based", RuleBasedExtractors.entityExtractor());
        // Floors a little below the figures measured when this eval was written (micro P 0.670, F1 0.466).
        assertThat(pf[1]).as("micro F1").isGreaterThanOrEqualTo(0.44);
        assertThat(pf[0]).as("micro precision").isGreaterThanOrEqualTo(0.63);
    }

    @Test
    void coreNlpOnGermEval2014Test() throws IOException {
        long started = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        NerModel.GERMAN.pipeline();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("EntityExtractorEval: CoreNLP German NER ready in %.1f s, heap +%d MB "
                + "(0 when an earlier eval in this JVM loaded it)%n",
                (System.nanoTime() - started) / 1e9, (after - before) >> 20);
        germEval2014("CoreNLP + rules", StandardExtractors.entityExtractor(), DEV, DEV_SHA256);
        double[] pf = germEval2014Test("CoreNLP + rules", StandardExtractors.entityExtractor());
        assertThat(pf[1]).as("micro F1").isGreaterThanOrEqualTo(FLOOR_F1);
        assertThat(pf[0]).as("micro precision").isGreaterThanOrEqualTo(FLOOR_P);
    }

    private static final double FLOOR_F1 = 0.72;
    private static final double FLOOR_P = 0.77;

    /** Scores one extractor; returns {micro precision, micro F1}. */
    private static double[] germEval2014Test(String label, EntityExtractor extractor) throws IOException {
        return germEval2014(label, extractor, DATA, SHA256);
    }

    /** Scores one extractor on one split; returns {micro precision, micro F1}. */
    private static double[] germEval2014(String label, EntityExtractor extractor, String data, String sha256)
            throws IOException {
        Path file = SharedData.file(data);
        assertThat(SharedData.sha256(file)).as("SHA-256 of " + file).isEqualTo(sha256);
        boolean verbose = VERBOSE && data.equals(DEV);
        Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, fp, fn}
        CLASSES.forEach(c -> counts.put(c, new int[3]));
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int sentences = 0;
        long started = System.nanoTime();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    score(extractor, tokens, tags, counts, sentences++, verbose);
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] cols = line.split("\t");
            tokens.add(cols[1]);
            tags.add(cols[2]);
        }
        if (!tokens.isEmpty()) {
            score(extractor, tokens, tags, counts, sentences++, verbose);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        System.out.printf("EntityExtractorEval: %s, GermEval 2014 %s, %d sentences, %.1f s, exact outer span+type%n",
                label, data.contains("-dev") ? "dev (tuning split)" : "test", sentences, seconds);
        for (String c : CLASSES) {
            int[] k = counts.get(c);
            tp += k[0];
            fp += k[1];
            fn += k[2];
            print(c, k[0], k[1], k[2]);
        }
        double f1 = print("micro", tp, fp, fn);
        double precision = tp / (double) Math.max(1, tp + fp);
        return new double[] {precision, f1};
    }

    /** Prints one class's P/R/F1 line and returns F1; shared with {@link EnglishEntityEval}. */
    static double print(String label, int tp, int fp, int fn) {
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("  %-5s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", label, p, r, f, tp, fp, fn);
        return f;
    }

    private static void score(EntityExtractor extractor, List<String> tokens, List<String> tags,
                              Map<String, int[]> counts, int n, boolean verbose) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
            ends[i] = text.length();
        }
        Set<String> gold = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.startsWith("B-")) {
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < tags.size() && tags.get(j).equals("I-" + type)) {
                j++;
            }
            if (CLASSES.contains(type)) {
                gold.add(span(starts[i], ends[j - 1], type));
            }
        }
        String s = text.toString();
        Article article = new Article("germeval-" + n, "germeval", null, null, s, null, null, null, "de", null);
        Set<String> predicted = new HashSet<>();
        for (EntityMention m : extractor.extract(article, List.of(new Sentence(0, 0, s.length(), s)))) {
            String type = switch (m.type()) {
                case PERSON -> "PER";
                case LOCATION -> "LOC";
                case ORGANIZATION -> "ORG";
                case OTHER -> "OTH";
            };
            predicted.add(span(m.start(), m.end(), type));
        }
        for (String p : predicted) {
            counts.get(p.substring(p.lastIndexOf(':') + 1))[gold.contains(p) ? 0 : 1]++;
            if (verbose && !gold.contains(p)) {
                String[] parts = p.split(":");
                System.out.println("    FP " + parts[2] + " " + n + ":" + parts[0] + ":" + parts[1] + " " + s.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            }
        }
        if (verbose) {
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    String[] parts = g.split(":");
                    System.out.println("    FN " + parts[2] + " " + n + ":" + parts[0] + ":" + parts[1] + " " + s.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
                }
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                counts.get(g.substring(g.lastIndexOf(':') + 1))[2]++;
            }
        }
    }
}
