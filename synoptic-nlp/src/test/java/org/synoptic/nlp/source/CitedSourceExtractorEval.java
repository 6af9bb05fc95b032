package org.synoptic.nlp.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.SharedData;

/**
 * Precision and recall of cited sources on a small invented gold set ({@code cited-sources-gold.tsv}, German and
 * English). A found source counts when its name and kind equal a gold source of the same sentence.
 */
class CitedSourceExtractorEval {

    private static final String GOLD = "cited-sources-gold.tsv";
    private static final String GOLD_SHA256 = "4350b4f235a06d464b549591d3d3985a48814d916a441f8c5dcdca792e7fd596";

    private static final String HELD_OUT = "cited-sources-heldout.tsv";

    @Test
    void precisionAndRecall() throws IOException, NoSuchAlgorithmException {
        double[] pr = score(GOLD, GOLD_SHA256);
        // The gold set was written alongside the extractor, so it measures regressions, not general quality.
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    /** The held-out set: written before the rules for unknown names were tuned, with chains ("X>relayer"). */
    @Test
    void heldOutPrecisionAndRecall() throws IOException, NoSuchAlgorithmException {
        double[] pr = score(HELD_OUT, null);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(HELD_OUT_FLOOR_P);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(HELD_OUT_FLOOR_R);
    }

    private static final double HELD_OUT_FLOOR_P = 0.88;
    private static final double HELD_OUT_FLOOR_R = 0.8;

    /** Scores one gold file; returns {precision, recall} of name+kind. */
    private static double[] score(String goldFile, String expectedSha) throws IOException, NoSuchAlgorithmException {
        SharedData.root(); // evals run only where the shared data is, like the others
        byte[] bytes;
        try (InputStream in = CitedSourceExtractorEval.class.getResourceAsStream(goldFile)) {
            assertThat(in).as("gold file " + goldFile).isNotNull();
            bytes = in.readAllBytes();
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        if (expectedSha != null) {
            assertThat(sha).as("SHA-256 of " + goldFile + " (update the constant when the gold set changes on purpose)")
                    .isEqualTo(expectedSha);
        }
        int chainGold = 0;
        int chainRight = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int nameTp = 0;
        int sentences = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            sentences++;
            Set<String> gold = new HashSet<>();
            Set<String> goldNames = new HashSet<>();
            java.util.Map<String, String> relayers = new java.util.HashMap<>();
            if (cols.length > 1 && !cols[1].isBlank()) {
                for (String s : cols[1].split(";")) {
                    String item = s.strip();
                    int relay = item.indexOf('>');
                    if (relay >= 0) {
                        chainGold++;
                        relayers.put(item.substring(0, relay).toLowerCase(java.util.Locale.ROOT),
                                item.substring(relay + 1));
                        item = item.substring(0, relay);
                    }
                    gold.add(item.toLowerCase(java.util.Locale.ROOT));
                    goldNames.add(item.split("\\|")[0]);
                }
            }
            ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of(cols[0], null));
            for (CitedSource c : a.citedSources()) {
                String key = (c.name() + "|" + c.kind().jsonName()).toLowerCase(java.util.Locale.ROOT);
                if (relayers.containsKey(key) && relayers.get(key).equalsIgnoreCase(String.valueOf(c.citedBy()))) {
                    chainRight++;
                }
            }
            Set<String> found = new HashSet<>();
            for (CitedSource c : a.citedSources()) {
                found.add((c.name() + "|" + c.kind().jsonName()).toLowerCase(java.util.Locale.ROOT));
                if (goldNames.contains(c.name())) {
                    nameTp++;
                }
            }
            for (String f : found) {
                if (gold.contains(f)) {
                    tp++;
                } else {
                    fp++;
                    System.out.println("  FP " + goldFile.charAt(14) + " " + f + "  <- " + cols[0]);
                }
            }
            for (String g : gold) {
                if (!found.contains(g)) {
                    fn++;
                    System.out.println("  FN " + goldFile.charAt(14) + " " + g + "  <- " + cols[0]);
                }
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        System.out.printf("CitedSourceExtractorEval: %s, %d sentences, name+kind P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d "
                + "fn=%d); name-only hits=%d; chains right %d of %d%n", goldFile, sentences, p, r,
                2 * p * r / Math.max(1e-9, p + r), tp, fp, fn, nameTp, chainRight, chainGold);
        return new double[] {p, r};
    }
}
