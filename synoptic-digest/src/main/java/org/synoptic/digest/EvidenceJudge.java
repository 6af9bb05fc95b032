package org.synoptic.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Judges whether a sentence, or one of its clauses, states what another states: words other than names alike
 * ({@link AgreementSplitter#EVIDENCE_CONTENT}) with two of them shared, not counting the words of names; a clause of a
 * sentence that states two things judged on its own; the key words of a statement that a joining sentence must hold.
 * One judge serves one digest: it remembers each sentence's clauses and name words, and each pair of texts it
 * compared (syndicated copies repeat sentences word for word). Not thread-safe.
 */
final class EvidenceJudge {

    private final String language;
    private final double threshold;

    /** A judge for a story in {@code language}, where sentences join a statement as similar as {@code threshold}. */
    EvidenceJudge(String language, double threshold) {
        this.language = language;
        this.threshold = threshold;
    }

    /**
     * The story's sentences that share a term with {@code sentence} other than those {@code skipped} matches, in story
     * order: the only ones whose similarity to it, restricted to such terms, can be above zero.
     */
    static List<Vector> sharingWords(Vector sentence, SentenceVectors all,
                                             java.util.function.Predicate<String> skipped) {
        java.util.BitSet holders = new java.util.BitSet(all.all().size());
        for (String term : sentence.weights().keySet()) {
            if (!skipped.test(term)) {
                for (int j : all.holders(term)) {
                    holders.set(j);
                }
            }
        }
        List<Vector> out = new ArrayList<>(holders.cardinality());
        holders.stream().forEach(j -> out.add(all.all().get(j)));
        return out;
    }

    /**
     * How well a sentence states a statement: its words other than names alike to the clearest sentence, and its mean
     * similarity to the supporters; the whole sentence's, or one clause's where that clause alone reaches the threshold.
     */
    double[] statingScores(Vector v, List<Vector> supporters, Vector clearest) {
        return stating(v, supporters, clearest).scores();
    }

    /**
     * How a sentence states a statement ({@link #statingScores}): {@code content} and {@code mean} as there, and
     * {@code clause} the text of the clause that states it, or {@code null} where the whole sentence does.
     */
    record Stating(double content, double mean, String clause) {
        double[] scores() {
            return new double[] {content, mean};
        }
    }

    /**
     * How alike in words other than names a sentence or clause is to the statement: to its clearest sentence, or to
     * another supporter, since each states it ("Laut NYT würde Kim „wahrscheinlich mit einem gepanzerten Zug“ nach
     * Wladiwostok …" is far from "Kim soll mit dem Zug reisen" but close to "Kim werde „wahrscheinlich mit einem
     * gepanzerten Zug“ nach Russland reisen"). Word-for-word copies among the supporters are compared once.
     */
    private double alikeToStatement(Map<String, Double> weights, List<Vector> supporters, Vector clearest) {
        double best = alike(weights, clearest.weights());
        Set<String> seen = new java.util.HashSet<>();
        seen.add(clearest.sentence().text());
        for (Vector s : supporters) {
            if (seen.add(s.sentence().text())) {
                best = Math.max(best, alike(weights, s.weights()));
            }
        }
        return best;
    }

    Stating stating(Vector v, List<Vector> supporters, Vector clearest) {
        double content = alikeToStatement(v.weights(), supporters, clearest);
        double mean = content >= AgreementSplitter.EVIDENCE_CONTENT ? statingScore(v.weights(), supporters, clearest) : 0;
        String stated = null;
        for (SentenceVectors.Clause clause : clausesOf(v)) {
            double clauseContent = alikeToStatement(clause.weights(), supporters, clearest);
            double clauseMean = Math.min(statingScore(clause.weights(), supporters, clearest),
                    contentMean(clause.weights(), supporters));
            if (clauseContent >= AgreementSplitter.EVIDENCE_CONTENT && clauseMean >= threshold && clauseMean > mean) {
                mean = clauseMean;
                content = Math.max(content, clauseContent);
                stated = clause.text();
            }
        }
        return new Stating(content, mean, stated);
    }

    /** Most key words a sentence must hold to join a statement, however many the supporters share. */
    static final int MAX_KEY_NEEDED = 3;

    /**
     * The statement's key words: content terms (not names, not attribution words) that at least two of its supporters
     * hold. A sentence that joins it must hold half of them, up to {@value #MAX_KEY_NEEDED}: "Kim soll mit dem Zug
     * reisen" and "Kim werde mit einem gepanzerten Zug nach Russland reisen" share "zug" and "reis", and "Kim plant,
     * nach Russland zu reisen" holds one of two.
     */
    static Set<String> keyTerms(List<Vector> supporters) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Vector v : supporters) {
            v.weights().keySet().stream().filter(SentenceVectors::isContentTerm).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Set<String> names = nameWords(supporters.get(0).weights());
        int least = supporters.size() == 1 ? 1 : 2; // a single sentence's key words are its own, names aside
        Set<String> out = new java.util.TreeSet<>();
        counts.forEach((t, n) -> {
            if (n >= least && (least == 2 || !names.contains(t))) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * How well a sentence, or one of its clauses, states a statement: its mean similarity to the supporters, or 0 when
     * its words other than names are not close enough ({@value AgreementSplitter#EVIDENCE_CONTENT}) to the clearest sentence.
     */
    double statingScore(Map<String, Double> weights, List<Vector> supporters, Vector clearest) {
        if (alikeToStatement(weights, supporters, clearest) < AgreementSplitter.EVIDENCE_CONTENT) {
            return 0;
        }
        double sum = 0;
        for (Vector s : supporters) {
            sum += SentenceVectors.cosine(weights, s.weights());
        }
        return sum / supporters.size();
    }

    /**
     * The mean similarity of a clause's words other than names to the supporters': a clause joins by what it states,
     * not by the name it shares ("zitierte Interfax den russischen Verteidigungsminister Sergej Schoigu mit Blick auf
     * gemeinsame Militärübungen" does not state Schoigu's visit in July).
     */
    static double contentMean(Map<String, Double> clause, List<Vector> supporters) {
        double sum = 0;
        for (Vector s : supporters) {
            sum += SentenceVectors.contentCosine(clause, s.weights());
        }
        return sum / supporters.size();
    }

    private final Map<Vector, List<SentenceVectors.Clause>> clauses = new java.util.IdentityHashMap<>();
    private final Map<String, Set<String>> concepts = new java.util.HashMap<>();

    /** A text's concepts ({@link StatementContainment#conceptsOf}), each text read once in this digest. */
    Set<String> concepts(String text) {
        return concepts.computeIfAbsent(text, t -> StatementContainment.conceptsOf(t, language));
    }

    List<SentenceVectors.Clause> clausesOf(Vector v) {
        return clauses.computeIfAbsent(v, x -> SentenceVectors.clauseList(x, language));
    }

    /**
     * The part's sentences that state it: close enough in words other than names to its clearest sentence. The
     * sentence that most others state, not the one most like all, anchors it: a group drawn together by a third
     * sentence ("Kim soll mit dem Zug reisen", "Kim wolle nach Russland reisen", "Kim werde mit einem gepanzerten Zug
     * nach Russland reisen") keeps the two that state one thing.
     */
    List<Vector> statingSentences(List<Vector> part) {
        List<Vector> kept = new ArrayList<>(part);
        if (kept.size() >= 3) {
            // stating depends on the texts only, and syndicated copies repeat them: count per distinct text
            Map<String, List<Vector>> byText = new java.util.LinkedHashMap<>();
            for (Vector v : kept) {
                byText.computeIfAbsent(v.sentence().text(), t -> new ArrayList<>()).add(v);
            }
            Vector anchor = AgreementSplitter.clearest(kept);
            int most = statedBy(anchor, byText);
            for (List<Vector> same : byText.values()) {
                int n = statedBy(same.get(0), byText);
                if (n > most) {
                    most = n;
                    anchor = same.get(0);
                }
            }
            Vector a = anchor;
            kept = new ArrayList<>(kept.stream().filter(v -> v == a || stating(v, a) >= AgreementSplitter.EVIDENCE_CONTENT).toList());
        }
        while (kept.size() >= 2) {
            Vector clearest = AgreementSplitter.clearest(kept);
            List<Vector> next = kept.stream()
                    .filter(v -> v == clearest || stating(v, clearest) >= AgreementSplitter.EVIDENCE_CONTENT)
                    .toList();
            if (next.size() == kept.size()) {
                break;
            }
            kept = new ArrayList<>(next);
        }
        return kept;
    }

    /**
     * How alike two sentences are in words other than names, whole or clause by clause: "Kim werde „wahrscheinlich mit
     * einem gepanzerten Zug“ nach Russland reisen, schrieb die Zeitung unter Berufung auf …" states "Kim soll mit dem
     * Zug reisen" in its first clause.
     */
    double stating(Vector a, Vector b) {
        // syndicated copies repeat sentences word for word: a pair of texts is compared once
        String key = a.sentence().text() + '\u0000' + b.sentence().text();
        Double known = statingByTexts.get(key);
        if (known == null) {
            known = statingUncached(a, b);
            statingByTexts.put(key, known);
        }
        return known;
    }

    private final Map<String, Double> statingByTexts = new java.util.HashMap<>();

    double statingUncached(Vector a, Vector b) {
        double best = alike(a.weights(), b.weights());
        for (SentenceVectors.Clause clause : clausesOf(a)) {
            best = Math.max(best, alike(clause.weights(), b.weights()));
        }
        for (SentenceVectors.Clause clause : clausesOf(b)) {
            best = Math.max(best, alike(a.weights(), clause.weights()));
        }
        return best;
    }

    /**
     * The similarity of two sentences' (or clauses') words other than names, or 0 when they share fewer than two of
     * them (one where both have only one): one shared common word ("reisen") does not make "Kim soll mit dem Zug reisen"
     * and "Kim wolle nach Russland reisen, um … zu verhandeln" say the same.
     */
    double alike(Map<String, Double> a, Map<String, Double> b) {
        Set<String> namesA = names.computeIfAbsent(a, EvidenceJudge::nameWords);
        Set<String> namesB = names.computeIfAbsent(b, EvidenceJudge::nameWords);
        java.util.function.Predicate<String> word = t -> SentenceVectors.isContentTerm(t) && !namesA.contains(t)
                && !namesB.contains(t);
        long own = a.keySet().stream().filter(word).count();
        long theirs = b.keySet().stream().filter(word).count();
        // a synonym's canonical word ("≈mancher" of "viele") is no second shared word beside the word it came from;
        // one that the two sentences reach from different words ("wies zurück", "Dementi") is
        List<String> plain = a.keySet().stream().filter(t -> word.test(t) && b.containsKey(t) && !t.startsWith("≈"))
                .toList();
        long shared = plain.size() + a.keySet().stream().filter(t -> word.test(t) && b.containsKey(t)
                && t.startsWith("≈") && plain.stream().noneMatch(s -> TermExpander.givesSynonym(s, t.substring(1))))
                .count();
        // a sentence of one content word ("Jetzt soll er nach Russland reisen") states no sentence of two or more
        // ("Kim soll mit dem Zug reisen") by that word alone; two of one word each may state each other
        return shared < Math.min(SHARED_CONTENT, Math.max(own, theirs)) ? 0 : SentenceVectors.contentCosine(a, b);
    }

    /** The name words of each vector or clause compared in this digest, by identity (each is one instance). */
    private final Map<Map<String, Double>, Set<String>> names = new java.util.IdentityHashMap<>();

    /** Content words two sentences must share to state the same thing (fewer where one has fewer). */
    static final int SHARED_CONTENT = 2;

    int statedBy(Vector anchor, List<Vector> members) {
        int n = 0;
        for (Vector v : members) {
            if (v != anchor && stating(v, anchor) >= AgreementSplitter.EVIDENCE_CONTENT) {
                n++;
            }
        }
        return n;
    }

    /** {@link #statedBy(Vector, List)} with the members grouped by their text, in order of first occurrence. */
    private int statedBy(Vector anchor, Map<String, List<Vector>> membersByText) {
        int n = 0;
        for (List<Vector> same : membersByText.values()) {
            int others = same.size() - (same.get(0).sentence().text().equals(anchor.sentence().text()) ? 1 : 0);
            if (others > 0 && stating(same.get(0), anchor) >= AgreementSplitter.EVIDENCE_CONTENT) {
                n += others;
            }
        }
        return n;
    }

    /**
     * Whether two reports' sentences share two content words besides the words of names, names compared as stems too
     * ("koreanisch" of "§Koreanische Halbinsel"): "Der russische Präsident lobte Kim Jong-uns Initiativen zur
     * Stabilisierung der Lage auf der koreanischen Halbinsel" and "Im Mittelpunkt der Gespräche standen … die Lage auf
     * der koreanischen Halbinsel …" share the place and "Lage" only, and state nothing alike.
     */
    static boolean shareTwoWordsBesideNames(Vector a, Vector b) {
        Set<String> names = new java.util.HashSet<>(nameStems(a.weights()));
        names.addAll(nameStems(b.weights()));
        return a.weights().keySet().stream().filter(t -> SentenceVectors.isContentTerm(t) && !t.startsWith("≈")
                && !names.contains(t) && b.weights().containsKey(t)).limit(2).count() >= 2;
    }

    private static Set<String> nameStems(Map<String, Double> weights) {
        Set<String> out = nameWords(weights);
        for (String term : weights.keySet()) {
            if (term.startsWith("§")) {
                out.addAll(SentenceVectors.stems(term.substring(1), "de"));
                out.addAll(SentenceVectors.stems(term.substring(1), "en"));
            }
        }
        return out;
    }

    /** The words of the entity names a vector holds, lower-cased: "kim" and "jong" of "§Kim Jong-un". */
    static Set<String> nameWords(Map<String, Double> weights) {
        Set<String> names = new java.util.HashSet<>();
        for (String term : weights.keySet()) {
            if (term.startsWith("§")) {
                names.addAll(List.of(term.substring(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")));
            }
        }
        return names;
    }
}
