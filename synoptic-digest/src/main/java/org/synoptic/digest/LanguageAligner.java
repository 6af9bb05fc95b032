package org.synoptic.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.crosslingual.NameKeys;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Finds, for a statement of a story told in German and English, the sentences of the other language's reports that
 * state it too, in the terms both languages share ({@link LanguageBridge}: names, numbers, days and times, English
 * stems and the lexicon's translations). Each sentence keeps its language: the evidence is the other report's own
 * sentence, with its offsets.
 *
 * <p>A sentence is read whole and, when it joins main clauses (", and …", "; …", ", und …"), clause by clause, each
 * clause in the bridged terms it holds: a wire report's long sentence often states two facts ("All 212 passengers …
 * were brought to safety, and four people were taken to hospital with smoke inhalation"), and each clause must then
 * meet the statement by what it states. Precision first: a sentence or clause must share {@value #SHARED} terms other
 * than names with the supporters and reach {@link #MEAN} (or {@link #MEAN_ALONE}) mean similarity.
 *
 * <p>Design decision: the clause is read by restricting the sentence's bridged vector to the clause's terms and
 * renormalising, so its weights stay those of the story (no second vector space). Stateless and thread-safe.
 */
final class LanguageAligner {

    /**
     * Minimum mean similarity, in the terms both languages share, of a sentence in the story's other language to a
     * statement's supporters: per supporter the better of the similarity with names and without them, since a long
     * lead names much ("SELTZBACH, France (Reuters) - A railway line linking … reopened …, 81 years after the bridge
     * carrying it was blown up in 1944") and a short one little.
     */
    static final double MEAN = 0.22;
    /**
     * The same for a statement of one sentence when the candidate shares only {@value #SHARED} such terms: two
     * sentences that share a topic ("Nach dem Brand auf der Ostseefähre sucht die Reederei nach der Ursache", "A fire
     * broke out in the engine room of the ferry …") must be closer than a sentence that joins several reports'
     * agreeing sentences.
     */
    static final double MEAN_ALONE = 0.35;
    /** Terms other than names (bridged words, numbers, days, times) a sentence must share with the supporters. */
    static final int SHARED = 2;

    /** Where a sentence joins main clauses: ", and", ", but", "; ", ", und", ", aber", ", während". */
    private static final Pattern CLAUSE_JOINT = Pattern.compile(
            "(?u),\\s+(?:and|but|while|und|aber|während)\\s+|;\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private LanguageAligner() {
    }

    /**
     * For each report in the story's other language (not in {@code articles} nor {@code found}), its sentence that
     * states the statement best, when one, whole or by a clause, reaches {@link #MEAN} and shares {@value #SHARED}
     * words or numbers with the supporters; by article index.
     */
    static Map<Integer, Vector> otherLanguageSentences(List<Vector> supporters, Vector clearest, SentenceVectors all,
                                                       Set<Integer> articles, Set<Integer> found) {
        Set<String> supporterTerms = new HashSet<>();
        supporters.forEach(s -> s.bridge().keySet().stream().filter(t -> !t.startsWith("§")).forEach(supporterTerms::add));
        Map<Integer, Vector> best = new LinkedHashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        for (Vector v : all.all()) {
            if (v.bridge().isEmpty() || v.language().equals(clearest.language()) || articles.contains(v.articleIndex())
                    || found.contains(v.articleIndex())) {
                continue;
            }
            for (Map<String, Double> reading : readings(v)) {
                long shared = reading.keySet().stream().filter(supporterTerms::contains).count();
                if (shared < SHARED) {
                    continue;
                }
                double mean = 0;
                for (Vector s : supporters) {
                    mean += Math.max(SentenceVectors.cosine(reading, s.bridge()),
                            SentenceVectors.contentCosine(reading, s.bridge()));
                }
                mean /= supporters.size();
                double needed = supporters.size() == 1 && shared <= SHARED ? MEAN_ALONE : MEAN;
                if (mean >= needed && mean > bestScore.getOrDefault(v.articleIndex(), 0.0)) {
                    best.put(v.articleIndex(), v);
                    bestScore.put(v.articleIndex(), mean);
                }
            }
        }
        return best;
    }

    /**
     * The bridged vectors a sentence is read by: the whole, then, when it joins main clauses, each clause's (its
     * bridged terms, numbers and the names written in it, renormalised).
     */
    static List<Map<String, Double>> readings(Vector v) {
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(v.bridge());
        String text = v.sentence().text();
        Matcher joint = CLAUSE_JOINT.matcher(text);
        List<String> clauses = new ArrayList<>();
        int from = 0;
        while (joint.find()) {
            clauses.add(text.substring(from, joint.start()));
            from = joint.end();
        }
        if (clauses.isEmpty()) {
            return out;
        }
        clauses.add(text.substring(from));
        for (String clause : clauses) {
            Set<String> terms = clauseTerms(clause, v);
            Map<String, Double> restricted = new HashMap<>();
            double norm = 0;
            for (var e : v.bridge().entrySet()) {
                if (terms.contains(e.getKey())) {
                    restricted.put(e.getKey(), e.getValue());
                    norm += e.getValue() * e.getValue();
                }
            }
            if (norm > 0 && restricted.size() < v.bridge().size()) {
                double len = Math.sqrt(norm);
                restricted.replaceAll((k, w) -> w / len);
                out.add(restricted);
            }
        }
        return out;
    }

    /** The bridged terms of a clause of {@code v}'s sentence: its words and days, numbers and the names it writes. */
    private static Set<String> clauseTerms(String clause, Vector v) {
        Map<String, Double> tf = new HashMap<>();
        LanguageBridge.addTerms(clause, v.language(), tf);
        Set<String> terms = new HashSet<>(tf.keySet());
        Matcher n = NUMBER.matcher(SentenceVectors.numbersNormalised(clause));
        while (n.find()) {
            terms.add(n.group());
            terms.add(n.group().replace(",", "").replace(".", ""));
        }
        String folded = NameKeys.key(clause);
        for (String term : v.bridge().keySet()) {
            if (term.startsWith("§")) {
                String[] words = term.substring(1).split("\\s+");
                String last = NameKeys.key(words[words.length - 1]);
                if (!last.isEmpty() && folded.contains(last)) {
                    terms.add(term);
                }
            } else if (Character.isDigit(term.charAt(0)) && terms.contains(term.replace(",", "").replace(".", ""))) {
                terms.add(term);
            }
        }
        return terms;
    }
}
