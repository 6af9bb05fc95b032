package org.synoptic.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.synoptic.crosslingual.EvidenceExtractor;
import org.synoptic.crosslingual.ReportEvidence;
import org.synoptic.model.Article;

/**
 * What joins and what separates the pairs of the TUNING half of {@code CrossLingualPairsEval} (never the held-out
 * half): per pair, the clusterer's TF-IDF cosine of the two reports, their evidence cosine, and the names, numbers,
 * dates and terms they share with the number of reports holding each. For looking at errors while tuning; asserts
 * nothing. Needs {@code synoptic.shared}.
 */
class CrossLingualErrorsEval {

    @Test
    void tuningPairsWithTheirEvidence() throws IOException {
        Path root = SharedData.root();
        Path dir = root.resolve("data/semeval2022-t8-de-en");
        assumeTrue(Files.isDirectory(dir), "evaluation data " + dir + " is absent: skipping");
        List<CrossLingualPairsEval.Pair> pairs = CrossLingualPairsEval.pairs(dir.resolve("pairs.tsv"));
        List<Article> articles = CrossLingualPairsEval.articles(dir.resolve("articles"));
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        StoryClusterer clusterer = StoryClusterer.defaults();
        Map<String, TermVector> vectors = new HashMap<>();
        Map<String, Integer> termDf = new HashMap<>();
        for (Article a : articles) {
            TermVector v = clusterer.termVector(a);
            vectors.put(a.id(), v);
            for (int i = 0; i < v.size(); i++) {
                termDf.merge(v.term(i), 1, Integer::sum);
            }
        }
        EvidenceExtractor extractor = EvidenceExtractor.standard();
        Map<String, ReportEvidence> evidence = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            ReportEvidence e = extractor.evidence(a);
            evidence.put(a.id(), e);
            e.weights().keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        List<Story> stories = clusterer.cluster(articles);
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articleIds().forEach(x -> storyOf.put(x, s.id())));
        for (CrossLingualPairsEval.Pair p : pairs) {
            if (p.heldOut()) {
                continue;
            }
            Article a = byId.get(p.id1());
            Article b = byId.get(p.id2());
            boolean predicted = storyOf.get(a.id()).equals(storyOf.get(b.id()));
            String verdict = p.same() == predicted ? (p.same() ? "ok-same" : "ok-diff")
                    : p.same() ? "MISSED" : "FALSE-MERGE";
            StoryLinker.StoryEvidence ea = StoryLinker.evidenceOf(a.id(), 0, a.language(), List.of(evidence.get(a.id())),
                    List.of(a.publishedEpochMillis()), df, articles.size());
            StoryLinker.StoryEvidence eb = StoryLinker.evidenceOf(b.id(), 1, b.language(), List.of(evidence.get(b.id())),
                    List.of(b.publishedEpochMillis()), df, articles.size());
            double dot = 0;
            for (var w : ea.vector().entrySet()) {
                dot += w.getValue() * eb.vector().getOrDefault(w.getKey(), 0.0);
            }
            System.out.printf(Locale.ROOT, "%n== %s %s %s  tfidf %.3f  evidence %.3f decay %.2f  gap %s%n", p.group(),
                    p.id(), verdict, tfidf(vectors.get(a.id()), vectors.get(b.id()), termDf, articles.size()), dot,
                    StoryLinker.decay(ea, eb), gap(a.publishedEpochMillis(), b.publishedEpochMillis()));
            System.out.printf(Locale.ROOT, "   title cover A->B %.2f B->A %.2f%n",
                    cover(titleVector(clusterer, a), vectors.get(b.id()), termDf, articles.size()),
                    cover(titleVector(clusterer, b), vectors.get(a.id()), termDf, articles.size()));
            System.out.printf(Locale.ROOT, "   evidence title cover A->B %.2f B->A %.2f%n",
                    ecover(extractor, a, evidence.get(b.id()), df, articles.size()),
                    ecover(extractor, b, evidence.get(a.id()), df, articles.size()));
            System.out.println("   A: " + a.title() + "  [" + a.outlet() + "]");
            System.out.println("   B: " + b.title() + "  [" + b.outlet() + "]");
            List<String> shared = new ArrayList<>();
            for (var w : ea.vector().entrySet()) {
                Double x = eb.vector().get(w.getKey());
                if (x != null) {
                    shared.add(w.getKey());
                }
            }
            shared.sort((k1, k2) -> Double.compare(ea.vector().get(k2) * eb.vector().get(k2),
                    ea.vector().get(k1) * eb.vector().get(k1)));
            StringBuilder names = new StringBuilder();
            StringBuilder numbers = new StringBuilder();
            StringBuilder terms = new StringBuilder();
            int t = 0;
            for (String k : shared) {
                String item = String.format(Locale.ROOT, " %s(%s/%s df%d %.3f)", k.substring(2),
                        ea.surfaces().get(k), eb.surfaces().get(k), df.get(k),
                        ea.vector().get(k) * eb.vector().get(k));
                switch (ReportEvidence.kind(k)) {
                    case "names" -> names.append(item);
                    case "terms" -> {
                        if (t++ < 12) {
                            terms.append(item);
                        }
                    }
                    default -> numbers.append(item);
                }
            }
            System.out.println("   names:" + names);
            System.out.println("   numbers:" + numbers);
            System.out.println("   terms:" + terms);
        }
    }

    private static TermVector titleVector(StoryClusterer clusterer, Article a) {
        String title = a.title() == null ? "" : a.title();
        return clusterer.termVector(new Article(a.id(), a.source(), a.url(), null, title, a.outlet(), null, null,
                a.language(), java.util.Set.of()));
    }

    /** The IDF-weighted share of the title's terms that the other report holds. */
    private static double cover(TermVector title, TermVector other, Map<String, Integer> df, int n) {
        java.util.Set<String> held = new java.util.HashSet<>();
        for (int i = 0; i < other.size(); i++) {
            held.add(other.term(i));
        }
        double all = 0;
        double hit = 0;
        for (int i = 0; i < title.size(); i++) {
            double idf = Math.log(1.0 + (n + 1.0 + 100) / (df.getOrDefault(title.term(i), 0) + 0.5));
            all += idf;
            if (held.contains(title.term(i))) {
                hit += idf;
            }
        }
        return all == 0 ? 0 : hit / all;
    }

    /** The IDF-weighted share of the title's evidence keys that the other report's evidence holds. */
    private static double ecover(EvidenceExtractor extractor, Article a, ReportEvidence other, Map<String, Integer> df,
                                 int n) {
        String title = a.title() == null ? "" : a.title();
        ReportEvidence t = extractor.evidence(new Article(a.id(), a.source(), a.url(), null, title, a.outlet(), null,
                null, a.language(), java.util.Set.of()));
        double all = 0;
        double hit = 0;
        for (var w : t.weights().entrySet()) {
            double idf = Math.log((n + 101.0) / (df.getOrDefault(w.getKey(), 0) + 1.0)) * w.getValue();
            all += idf;
            if (other.weights().containsKey(w.getKey())) {
                hit += idf;
            }
        }
        return all == 0 ? 0 : hit / all;
    }

    private static String gap(OptionalLong a, OptionalLong b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "undated";
        }
        return String.format(Locale.ROOT, "%.1fd", Math.abs(a.getAsLong() - b.getAsLong()) / 86_400_000.0);
    }

    private static double tfidf(TermVector a, TermVector b, Map<String, Integer> df, int n) {
        Map<String, Double> va = weighted(a, df, n);
        Map<String, Double> vb = weighted(b, df, n);
        double dot = 0;
        for (var w : va.entrySet()) {
            dot += w.getValue() * vb.getOrDefault(w.getKey(), 0.0);
        }
        return dot / Math.sqrt(norm(va) * norm(vb));
    }

    private static Map<String, Double> weighted(TermVector v, Map<String, Integer> df, int n) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < v.size(); i++) {
            out.put(v.term(i), v.weight(i) * Math.log(1.0 + (n + 1.0 + 100) / (df.get(v.term(i)) + 0.5)));
        }
        return out;
    }

    private static double norm(Map<String, Double> v) {
        return v.values().stream().mapToDouble(x -> x * x).sum();
    }
}
