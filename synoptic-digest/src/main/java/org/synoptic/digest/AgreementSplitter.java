package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.ConflictJudge.Reading;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Turns a group of aligned sentences into statements whose supporters agree: support means agreement.
 *
 * <p>Two sentences of one group conflict ({@link ConflictJudge}) when they fill one slot with different values ("212
 * Stimmen" against "221 Stimmen", "2,9 Meter" against "3,1 Meter", "am 17. März" against "am 18. März") or when one
 * negates what the other states ("Niemand wurde verletzt" against "Zwei Menschen wurden verletzt"). The group is split
 * into parts without conflicts; each part of two or more reports is a statement, and the reports of the other parts
 * that conflict with it, together with related sentences outside the group that conflict with it, <em>contradict</em>
 * it and never count as its support. A part then keeps only the sentences that state it: those whose words other
 * than names are close enough to its clearest sentence ({@value #EVIDENCE_CONTENT}). A value conflicts only with a
 * value of the same quantity ({@link CountGatherer}): "17 Menschen wurden verletzt, zwei davon schwer" contradicts "14
 * Menschen wurden verletzt, zwei von ihnen schwer" in the 14 and states its two seriously injured, and a count in a
 * degree that some supporters state besides the rest of the statement ("am Dienstag mit 38 zu 9 Stimmen") is a
 * statement of its own too. Stateless and thread-safe.
 */
final class AgreementSplitter {

    /** Minimum similarity of the words other than names between an evidence sentence and the statement's text. */
    static final double EVIDENCE_CONTENT = 0.2;
    /** Minimum similarity of a sentence outside the group to the statement for its negation to contradict it. */
    static final double RELATED = 0.3;
    /**
     * Minimum similarity, numbers left out, of a sentence outside the group to the statement for another value in the
     * same slot to contradict it; they must also share a content word besides the slot's noun or unit.
     */
    static final double RELATED_VALUE = 0.1;
    /** Minimum similarity, words other than names, of a sentence outside the group whose negation contradicts. */
    static final double RELATED_NEGATION_CONTENT = 0.35;

    /** A sentence that contradicts a statement, with the slot it fills differently and the values as written. */
    record Contradiction(Vector sentence, String slot, String label, String shownHere, String shownThere) {
    }

    /**
     * A statement: its agreeing sentences (at most one per article), its clearest sentence, its slot values and the
     * sentences that contradict it.
     */
    record Statement(List<Vector> supporters, Vector clearest, List<String> slots, List<Contradiction> contradictions) {

        /** Articles that contradict the statement, in order of first contradiction. */
        List<String> contradictingArticles() {
            Set<String> ids = new LinkedHashSet<>();
            contradictions.forEach(c -> ids.add(c.sentence().article()));
            return List.copyOf(ids);
        }
    }

    private final String language;
    private final double threshold;
    private final EvidenceJudge judge;
    private final ConflictJudge conflictJudge;

    /** A splitter for a story in {@code language}, adding sentences as similar as {@code threshold} on average. */
    AgreementSplitter(String language, double threshold) {
        this.language = language;
        this.threshold = threshold;
        this.judge = new EvidenceJudge(language, threshold);
        this.conflictJudge = new ConflictJudge(language);
    }

    /** Splits one aligned group; {@code all} are the story's sentences, searched for contradictions outside it. */
    List<Statement> split(List<Vector> group, SentenceVectors all) {
        // by identity: every vector is the story's one instance of its sentence, and a record's hash walks its weights
        Map<Vector, Reading> readings = new java.util.IdentityHashMap<>();
        Set<Vector> inGroup = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Vector v : group) {
            readings.put(v, conflictJudge.read(v));
            inGroup.add(v);
        }
        List<List<Vector>> parts = partition(group, readings);
        List<Statement> out = new ArrayList<>();
        for (List<Vector> part : parts) {
            Set<Vector> inPart = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            inPart.addAll(part);
            List<Vector> supporters = judge.statingSentences(part);
            if (supporters.stream().map(Vector::articleIndex).distinct().count() < 2) {
                // alignment paired a sentence with one that does not state it; other reports' sentences may
                supporters = seeded(part, all, readings);
                if (supporters == null) {
                    continue;
                }
            } else {
                supporters = withOtherStatingSentences(supporters, all, readings);
            }
            List<Map<String, List<Slots.Value>>> values = valuesOf(supporters, readings);
            List<Vector> gathered = withSameDegreeCounts(supporters, CountGatherer.degreeCounts(values, true),
                    CountGatherer.commonSlots(values), false, all, readings);
            out.add(statement(gathered, Set.of(), inPart, group, inGroup, all, readings));
            Statement counted = countStatement(supporters, inPart, group, inGroup, all, readings);
            if (counted != null) {
                out.add(counted);
            }
        }
        return out;
    }

    /**
     * The statement of the counts in a degree that supporters state besides what else the statement states ("Der
     * Kreistag hat am Dienstag mit 38 zu 9 Stimmen die Fusion beschlossen"), with the other reports' sentences that
     * state those counts only ({@link #withSameDegreeCounts}: "Die Entscheidung fiel mit 38 zu 9 Stimmen"). It states
     * the counts only: a report of another day does not contradict it. {@code null} where no other report joins.
     */
    private Statement countStatement(List<Vector> supporters, Set<Vector> inPart, List<Vector> group,
                                     Set<Vector> inGroup, SentenceVectors all, Map<Vector, Reading> readings) {
        Map<String, String> counts = CountGatherer.degreeCounts(valuesOf(supporters, readings), false);
        List<Vector> stating = CountGatherer.stating(supporters, v -> readings.get(v).values(), counts);
        List<Vector> grown = stating.isEmpty() ? stating : withSameDegreeCounts(stating, counts, Set.of(), true, all,
                readings);
        if (grown.size() == stating.size() || grown.stream().map(Vector::articleIndex).distinct().count() < 2) {
            return null;
        }
        return statement(grown, CountGatherer.slotsBut(valuesOf(grown, readings), counts.keySet()), inPart, group,
                inGroup, all, readings);
    }

    private static List<Map<String, List<Slots.Value>>> valuesOf(List<Vector> sentences, Map<Vector, Reading> readings) {
        return sentences.stream().map(v -> readings.get(v).values()).toList();
    }

    /**
     * A statement of its supporters, with the group's other members and the related sentences outside the group that
     * contradict it in a slot it states: all its supporters' slots but {@code notStated} and those of
     * {@link CountGatherer#otherDegreeSlots}.
     */
    private Statement statement(List<Vector> supporters, Set<String> notStated, Set<Vector> inPart, List<Vector> group,
                                Set<Vector> inGroup, SentenceVectors all, Map<Vector, Reading> readings) {
        Set<String> unstated = new java.util.HashSet<>(notStated);
        unstated.addAll(CountGatherer.otherDegreeSlots(valuesOf(supporters, readings)));
        Vector clearest = CountGatherer.clearestStating(supporters, v -> readings.get(v).values(), unstated);
        Set<Integer> supportingArticles = new java.util.HashSet<>();
        supporters.forEach(s -> supportingArticles.add(s.articleIndex()));
        List<Contradiction> contradictions = new ArrayList<>();
        Set<Integer> contradicting = new java.util.HashSet<>();
        for (Vector other : group) {
            if (!inPart.contains(other) && !supportingArticles.contains(other.articleIndex())) {
                ConflictJudge.conflict(supporters, readings, unstated, other, readings.get(other))
                        .filter(c -> contradicting.add(other.articleIndex())).ifPresent(contradictions::add);
            }
        }
        Reading mine = readings.get(clearest);
        for (Vector other : EvidenceJudge.sharingWords(clearest, all, SentenceVectors::distinctiveNumber)) {
            if (inGroup.contains(other) || supportingArticles.contains(other.articleIndex())
                    || contradicting.contains(other.articleIndex())) {
                continue;
            }
            double similarity = SentenceVectors.cosineIgnoringNumbers(clearest.weights(), other.weights());
            if (similarity < RELATED_VALUE) {
                continue;
            }
            Reading theirs = conflictJudge.read(other);
            Contradiction c = ConflictJudge.valueConflict(clearest, mine, unstated, other, theirs);
            if (c != null && (!ConflictJudge.sharesContent(clearest, other, ConflictJudge.quantityNouns(mine, theirs))
                    || !ConflictJudge.comparable(c))) {
                c = null;
            }
            if (c == null && similarity >= RELATED && mine.oppositeTo(theirs, clearest, other)
                    && SentenceVectors.contentCosine(clearest.weights(), other.weights()) >= RELATED_NEGATION_CONTENT) {
                c = ConflictJudge.negationConflict(clearest, mine, other);
            }
            if (c != null && contradicting.add(other.articleIndex())) {
                contradictions.add(c);
            }
        }
        return new Statement(supporters, clearest, slots(supporters, readings, unstated), contradictions);
    }

    /**
     * Parts without conflicts: sentences with most slot values first, each into the first part it conflicts with
     * nowhere, else a new part. A sentence that fills none of the disputed slots joins the largest part.
     */
    private static List<List<Vector>> partition(List<Vector> group, Map<Vector, Reading> readings) {
        List<Vector> order = new ArrayList<>(group);
        order.sort(Comparator.comparingInt((Vector v) -> -readings.get(v).values().size()));
        List<List<Vector>> parts = new ArrayList<>();
        for (Vector v : order) {
            List<Vector> home = null;
            for (List<Vector> part : parts) {
                boolean fits = part.stream()
                        .noneMatch(p -> ConflictJudge.conflicts(readings.get(p), p, readings.get(v), v));
                if (fits && (home == null || part.size() > home.size())) {
                    home = part;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                parts.add(home);
            }
            home.add(v);
        }
        for (List<Vector> part : parts) {
            part.sort(Comparator.comparingInt(Vector::articleIndex));
        }
        parts.sort(Comparator.comparingInt((List<Vector> p) -> -p.size()));
        return parts;
    }

    /**
     * The supporters and the other reports' sentences that state {@code counts} and fill {@code alsoFilled}
     * ({@link CountGatherer#gathered}), in conflict with no supporter in the slots the statement states: with
     * {@code countsOnly}, the statement states {@code counts} and nothing else.
     */
    private List<Vector> withSameDegreeCounts(List<Vector> supporters, Map<String, String> counts,
                                              Set<String> alsoFilled, boolean countsOnly, SentenceVectors all,
                                              Map<Vector, Reading> readings) {
        return CountGatherer.gathered(supporters, counts, alsoFilled, countsOnly, all,
                v -> readings.computeIfAbsent(v, conflictJudge::read).values(), (v, unstated) -> supporters.stream().anyMatch(s ->
                        ConflictJudge.valueConflict(s, readings.get(s), unstated, v, readings.get(v)) != null
                                || readings.get(s).oppositeTo(readings.get(v), s, v)));
    }

    /** The rank of a sentence that holds a short statement in one clause: below any sentence that states it as a whole. */
    private static final double CONTAINED_RANK = 1e-6;

    /**
     * Adds, for each report not yet among the supporters, its sentence that states the statement too, even where that
     * sentence was aligned elsewhere: a long lead sentence often states two facts ("The river burst its banks …,
     * forcing 1,200 homes to be evacuated"), and alignment gives each sentence to one group only. The sentence must
     * be as close to the supporters as a joining group ({@link #threshold} on average), state the statement in words
     * other than names ({@value #EVIDENCE_CONTENT} to its clearest sentence, sharing two such words), hold half of
     * the statement's key words ({@link EvidenceJudge#keyTerms}), and conflict with none of them. A clause may stand for its sentence
     * ("Up to 90 millimetres fell across the catchment, and the river peaked at 5.6 metres"), but only by what it
     * states: its words other than names must be as close to the supporters as the threshold too.
     */
    private List<Vector> withOtherStatingSentences(List<Vector> supporters, SentenceVectors all,
                                                   Map<Vector, Reading> readings) {
        Vector clearest = clearest(supporters);
        Set<Integer> articles = new java.util.HashSet<>();
        supporters.forEach(v -> articles.add(v.articleIndex()));
        Map<Integer, Vector> best = new LinkedHashMap<>();
        Map<Integer, Double> bestScore = new java.util.HashMap<>();
        Map<Integer, EvidenceJudge.Stating> scored = new java.util.HashMap<>();
        Map<Integer, String> joiningClause = new java.util.HashMap<>();
        Set<String> key = EvidenceJudge.keyTerms(supporters);
        long needed = Math.min(EvidenceJudge.MAX_KEY_NEEDED, (key.size() + 1) / 2);
        StatementContainment.Core core = StatementContainment.Core.of(supporters, language, judge::concepts);
        for (Vector v : EvidenceJudge.sharingWords(clearest, all, term -> !SentenceVectors.isContentTerm(term))) {
            long shared = key.stream().filter(v.weights()::containsKey).count();
            if (articles.contains(v.articleIndex()) || FactAligner.isCaption(v.sentence().text())) {
                continue;
            }
            // the whole sentence states it, or one of its clauses does, in words other than names as well; a
            // word-for-word copy of a sentence already scored scores the same
            EvidenceJudge.Stating stating = shared < needed ? null
                    : scored.computeIfAbsent(all.sameVectorId(v), id -> judge.stating(v, supporters, clearest));
            // of a report's sentences close enough, the one that holds most of its key words, then states most of it
            if (stating != null && stating.mean() >= threshold && stating.content() >= EVIDENCE_CONTENT
                    && shared + stating.content() > bestScore.getOrDefault(v.articleIndex(), 0.0)) {
                best.put(v.articleIndex(), v);
                bestScore.put(v.articleIndex(), shared + stating.content());
                joiningClause.put(v.articleIndex(), stating.clause());
            } else if (!best.containsKey(v.articleIndex())) {
                // a short statement may still be stated in one clause of a long sentence, in other words
                String clause = core.clauseStating(v, judge.clausesOf(v), judge::concepts);
                if (clause != null) {
                    best.put(v.articleIndex(), v);
                    bestScore.put(v.articleIndex(), CONTAINED_RANK);
                    joiningClause.put(v.articleIndex(), clause.equals(v.sentence().text()) ? null : clause);
                }
            }
        }
        if (!clearest.bridge().isEmpty()) {
            best.putAll(LanguageAligner.otherLanguageSentences(supporters, clearest, all, articles, best.keySet()));
        }
        List<Vector> out = new ArrayList<>(supporters);
        for (Vector v : best.values()) {
            // a sentence that states the statement in one clause is read by that clause: the date of its other clause
            // ("…, and the river peaked at 5.6 metres on Saturday") belongs to another fact
            String clause = joiningClause.get(v.articleIndex());
            Reading whole = readings.computeIfAbsent(v, conflictJudge::read);
            String coordinate = clause == null ? null : MainClauses.holding(v.sentence().text(), clause, language);
            Reading theirs = coordinate != null ? conflictJudge.read(coordinate) : whole;
            if (supporters.stream().noneMatch(s -> ConflictJudge.conflicts(readings.get(s), s, theirs, v))) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparingInt(Vector::articleIndex));
        return out;
    }

    /**
     * The statements of a sentence that no other report in its language states, when a report in the story's other
     * language does ({@link LanguageAligner#otherLanguageSentences}): the sentence and those reports' sentences split as an aligned
     * group; empty when no report in the other language states it.
     */
    List<Statement> splitAcrossLanguages(Vector sentence, SentenceVectors all) {
        if (sentence.bridge().isEmpty()) {
            return List.of();
        }
        Map<Integer, Vector> found = LanguageAligner.otherLanguageSentences(List.of(sentence), sentence, all,
                Set.of(sentence.articleIndex()), Set.of());
        if (found.isEmpty()) {
            return List.of();
        }
        List<Vector> group = new ArrayList<>();
        group.add(sentence);
        group.addAll(found.values());
        group.sort(Comparator.comparingInt(Vector::articleIndex));
        return split(group, all);
    }

    /**
     * The statements of a sentence that alignment left alone, when other reports' sentences state it as
     * {@link #withOtherStatingSentences} finds them (the sentence's own content words as the key words): a long
     * sentence that states the fact in one clause is less similar as a whole than alignment asks. Empty when no
     * other report states it.
     */
    List<Statement> splitAlone(Vector sentence, SentenceVectors all) {
        if (FactAligner.isCaption(sentence.sentence().text())) {
            return List.of();
        }
        Map<Vector, Reading> readings = new java.util.IdentityHashMap<>();
        readings.put(sentence, conflictJudge.read(sentence));
        List<Vector> grown = withOtherStatingSentences(List.of(sentence), all, readings);
        if (grown.stream().map(Vector::articleIndex).distinct().count() < 2) {
            return List.of();
        }
        return split(grown, all);
    }

    /**
     * A statement grown from one sentence of a part whose sentences do not state one another: each member, the
     * clearest first, gathers the other reports' sentences that state it (as {@link #withOtherStatingSentences} adds
     * them, its own content words as the key words); the first that gathers another report is the statement, else
     * {@code null}. "Kim soll noch in diesem Monat nach Russland reisen, um sich mit Putin zu treffen", aligned with
     * "Laut einem Bericht werden Kim und Putin demnächst in Russland zusammenkommen", gathers "Kim plant, diesen Monat
     * nach Russland zu reisen und sich mit Putin zu treffen" of a third report.
     */
    private List<Vector> seeded(List<Vector> part, SentenceVectors all, Map<Vector, Reading> readings) {
        List<Vector> order = new ArrayList<>(part);
        Vector first = clearest(part);
        order.remove(first);
        order.add(0, first);
        for (Vector seed : order) {
            List<Vector> grown = withOtherStatingSentences(List.of(seed), all, readings);
            if (grown.stream().map(Vector::articleIndex).distinct().count() >= 2) {
                return grown;
            }
        }
        return null;
    }

    private static List<String> slots(List<Vector> supporters, Map<Vector, Reading> readings, Set<String> unstated) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean negated = false;
        for (Vector v : supporters) {
            Reading r = readings.get(v);
            // the statement is negative when a negation governs words the supporters share, not a side remark
            // ("unter Berufung auf namentlich nicht genannte Beamte")
            negated |= r.negatedTerms().stream().anyMatch(term -> supporters.stream()
                    .anyMatch(o -> o != v && o.weights().containsKey(term)));
            r.values().forEach((slot, vs) -> {
                if (!unstated.contains(slot)) {
                    values.putIfAbsent(slot, vs.get(0).value());
                }
            });
        }
        List<String> out = new ArrayList<>();
        values.forEach((slot, value) -> out.add(slot + "=" + value));
        out.add("polarity=" + (negated ? "negative" : "positive"));
        return out;
    }

    /** The member most similar to the others; among near ties the shorter sentence reads better. */
    static Vector clearest(List<Vector> members) {
        // the members' mean similarity to the others from the sum of their unit vectors: (v · sum - 1) / (n - 1)
        Map<String, Double> sum = new java.util.HashMap<>();
        for (Vector m : members) {
            m.weights().forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        Vector best = members.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Vector m : members) {
            double others = members.size() < 2 ? 0 : SentenceVectors.cosine(m.weights(), sum) - SentenceVectors.cosine(m.weights(), m.weights());
            double lengthPenalty = Math.max(0, m.sentence().text().length() - 220) / 1000.0;
            double score = others / Math.max(1, members.size() - 1) - lengthPenalty;
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }
}
