package org.synoptic.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.SentenceVectors.Vector;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.SummarySentence;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Sentence;

/**
 * Writes the extractive summary: up to {@value #MAX_SENTENCES} sentences chosen by maximal marginal relevance.
 *
 * <p>Candidates are the facts' texts (relevance grows with independent support) and each article's lead sentence,
 * its first content sentence (relevance from its similarity to the other reports). A sentence that is not content
 * (caption, credit, teaser, boilerplate) is never a candidate. Each pick trades relevance against similarity to the
 * sentences already picked ({@value #LAMBDA} : {@code 1 - }{@value #LAMBDA}). Every summary sentence cites the
 * articles it comes from. Stateless and thread-safe.
 */
final class SummaryWriter {

    private static final int MAX_SENTENCES = 5;
    private static final double LAMBDA = 0.7;
    private static final double MAX_REDUNDANCY = 0.5;

    private record Candidate(String text, List<String> citations, Map<String, Double> weights, double relevance) {
    }

    List<SummarySentence> write(List<Fact> facts, SentenceVectors vectors, List<ArticleAnalysis> analyses) {
        Map<String, Vector> bySentence = new HashMap<>();
        for (Vector v : vectors.all()) {
            bySentence.put(v.article() + "#" + v.sentence().start(), v);
        }
        List<Candidate> candidates = new ArrayList<>();
        int maxSupport = facts.stream().mapToInt(Fact::independentSources).max().orElse(1);
        for (Fact fact : facts) {
            // the fact's text is its clearest evidence sentence, without an opening agency dateline
            Vector v = fact.evidence().stream().filter(e -> org.synoptic.dedupe.AgencyCredits.withoutDateline(e.text()).equals(fact.text()))
                    .map(e -> bySentence.get(e.article() + "#" + e.start())).findFirst().orElse(null);
            if (v != null && v.sentence().isContent()) {
                candidates.add(new Candidate(fact.text(), fact.articles(), v.weights(),
                        0.4 + 0.6 * fact.independentSources() / (double) maxSupport));
            }
        }
        Map<Integer, Double> centralityOfCopies = new java.util.HashMap<>();
        for (ArticleAnalysis analysis : analyses) {
            Sentence lead = analysis.sentences().stream().filter(Sentence::isContent).findFirst().orElse(null);
            if (lead == null) {
                continue;
            }
            Vector v = bySentence.get(analysis.article().id() + "#" + lead.start());
            if (v == null || lead.text().length() < 40 || !endsLikeSentence(lead.text())) {
                continue;
            }
            // the most similar sentence of another report, found over the postings; a lead that another report
            // repeats word for word has that copy as its most similar sentence, as the copy has it
            Vector lead0 = v;
            double centrality = centralityOfCopies.computeIfAbsent(vectors.sameVectorId(v), id -> {
                double best = 0;
                for (var dot : vectors.dotProducts(lead0.weights(), term -> false).entrySet()) {
                    Vector other = vectors.all().get(dot.getKey());
                    if (other.articleIndex() != lead0.articleIndex()) {
                        best = Math.max(best, SentenceVectors.cosine(lead0.weights(), other.weights()));
                    }
                }
                return best;
            });
            candidates.add(new Candidate(lead.text(), List.of(analysis.article().id()), v.weights(), 0.5 * centrality));
        }
        List<Candidate> picked = new ArrayList<>();
        while (picked.size() < MAX_SENTENCES && !candidates.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : candidates) {
                double redundancy = picked.stream()
                        .mapToDouble(p -> SentenceVectors.cosine(p.weights(), c.weights())).max().orElse(0);
                double score = LAMBDA * c.relevance() - (1 - LAMBDA) * redundancy;
                if (redundancy < MAX_REDUNDANCY && score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
            candidates.remove(best);
        }
        return picked.stream().map(c -> new SummarySentence(org.synoptic.dedupe.AgencyCredits.withoutDateline(c.text()),
                c.citations())).toList();
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '“' || last == '"' || last == '”' || last == '«';
    }
}
