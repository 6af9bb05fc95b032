package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Turns a group of aligned sentences into statements whose supporters agree: support means agreement.
 *
 * <p>Two sentences of one group conflict when they fill one slot with different values ("212 Stimmen" against "221
 * Stimmen", "2,9 Meter" against "3,1 Meter", "am 17. März" against "am 18. März") or when one negates what the other
 * states ("Niemand wurde verletzt" against "Zwei Menschen wurden verletzt"). The group is split into parts without
 * conflicts; each part of two or more reports is a statement, and the reports of the other parts that conflict with
 * it, together with related sentences outside the group that conflict with it, <em>contradict</em> it and never count
 * as its support. A part then keeps only the sentences that state it: those whose words other than names are close
 * enough to its clearest sentence ({@value #EVIDENCE_CONTENT}). A value conflicts only with a value of the same
 * quantity ({@link CountGatherer}): "17 Menschen wurden verletzt, zwei davon schwer" contradicts "14 Menschen wurden
 * verletzt, zwei von ihnen schwer" in the 14 and states its two seriously injured, and a count in a degree that some
 * supporters state besides the rest of the statement ("am Dienstag mit 38 zu 9 Stimmen") is a statement of its own too.
 * Stateless and thread-safe.
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

    /**
     * Slots (dates, weekdays) whose different values make two statements, and a contradiction only where the two sentences say the
     * same thing of one event ({@link #sameStatement}): sentences about one thing on different dates are mostly
     * about different events ("legte am 17. März Einspruch ein", "gab dem Einspruch am 19. März statt").
     */
    private static final Set<String> SEPARATING_ONLY = Set.of("date", "weekday");

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

    /**
     * What the splitter knows of one sentence: its slot values, by slot, and the stems its negation words govern
     * (the words within {@value #NEGATION_REACH} of "nicht", "kein", "niemand" …; empty when it negates nothing).
     */
    private record Reading(Map<String, List<Slots.Value>> values, Set<String> negatedTerms) {

        boolean negated() {
            return !negatedTerms.isEmpty();
        }

        /** Whether both fill a slot and share no value in it. */
        boolean differsIn(String slot, Reading other) {
            List<Slots.Value> mine = values.get(slot);
            List<Slots.Value> theirs = other.values.get(slot);
            if (mine == null || theirs == null) {
                return false;
            }
            return mine.stream().noneMatch(a -> theirs.stream().anyMatch(b -> a.value().equals(b.value())));
        }

        /** Whether the two count one noun in different degrees only ({@link CountGatherer#countsAnotherDegree}). */
        boolean countsAnotherDegree(Reading other) {
            return CountGatherer.countsAnotherDegree(values, other.values);
        }

        /** Whether one negates a term that the other states without negation. */
        boolean oppositeTo(Reading other, Vector mine, Vector theirs) {
            if (negated() == other.negated()) {
                return false;
            }
            Reading negative = negated() ? this : other;
            Vector positive = negated() ? theirs : mine;
            return negative.negatedTerms.stream().anyMatch(positive.weights()::containsKey);
        }
    }

    /** How many words before and after a negation word it governs. */
    static final int NEGATION_REACH = 3;

    private final String language;
    private final double threshold;
    private final EvidenceJudge judge;

    /** A splitter for a story in {@code language}, adding sentences as similar as {@code threshold} on average. */
    AgreementSplitter(String language, double threshold) {
        this.language = language;
        this.threshold = threshold;
        this.judge = new EvidenceJudge(language, threshold);
    }

    /** Splits one aligned group; {@code all} are the story's sentences, searched for contradictions outside it. */
    List<Statement> split(List<Vector> group, SentenceVectors all) {
        // by identity: every vector is the story's one instance of its sentence, and a record's hash walks its weights
        Map<Vector, Reading> readings = new java.util.IdentityHashMap<>();
        Set<Vector> inGroup = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Vector v : group) {
            readings.put(v, read(v));
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
                conflict(supporters, readings, unstated, other, readings.get(other))
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
            Reading theirs = read(other);
            Contradiction c = valueConflict(clearest, mine, unstated, other, theirs);
            if (c != null && (!sharesContent(clearest, other, quantityNouns(mine, theirs)) || !comparable(c))) {
                c = null;
            }
            if (c == null && similarity >= RELATED && mine.oppositeTo(theirs, clearest, other)
                    && SentenceVectors.contentCosine(clearest.weights(), other.weights()) >= RELATED_NEGATION_CONTENT) {
                c = negationConflict(clearest, mine, other);
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
                boolean fits = part.stream().noneMatch(p -> conflicts(readings.get(p), p, readings.get(v), v));
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

    private static boolean conflicts(Reading a, Vector va, Reading b, Vector vb) {
        return a.oppositeTo(b, va, vb) || a.countsAnotherDegree(b) || a.values().keySet().stream()
                .anyMatch(slot -> a.differsIn(slot, b) && (!slot.equals("weekday") || sameDayOfOneEvent(va, a, vb, b)));
    }

    /**
     * Whether two sentences' different weekdays are days of one event, so that they contradict: the sentences say the
     * same thing ({@link #sameStatement}) and each day stands in the same context ({@link Slots#sameContext}, the rule
     * that {@link DisagreementFinder} applies): "soll am Mittwoch wieder freigegeben werden" against "soll heute Abend,
     * am Dienstag, wieder freigegeben werden"; not "hatte am Montag 140 Bewohner in Sicherheit gebracht" against "Die
     * 140 Bewohner dürfen frühestens am Mittwoch in ihre Häuser zurück".
     */
    private static boolean sameDayOfOneEvent(Vector va, Reading a, Vector vb, Reading b) {
        if (!sameStatement(va, vb)) {
            return false;
        }
        Set<String> namesA = EvidenceJudge.nameWords(va.weights());
        Set<String> namesB = EvidenceJudge.nameWords(vb.weights());
        for (Slots.Value x : a.values().get("weekday")) {
            for (Slots.Value y : b.values().get("weekday")) {
                if (!x.value().equals(y.value()) && Slots.sameContext(va.sentence().text(), x, namesA,
                        vb.sentence().text(), y, namesB)) {
                    return true;
                }
            }
        }
        return false;
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
                v -> readings.computeIfAbsent(v, this::read).values(), (v, unstated) -> supporters.stream().anyMatch(s ->
                        valueConflict(s, readings.get(s), unstated, v, readings.get(v)) != null
                                || readings.get(s).oppositeTo(readings.get(v), s, v)));
    }

    /** The first conflict of a group member with one of a statement's supporters, if any, in the slots it states. */
    private static java.util.Optional<Contradiction> conflict(List<Vector> supporters, Map<Vector, Reading> readings,
                                                              Set<String> unstated, Vector other, Reading theirs) {
        for (Vector s : supporters) {
            Reading mine = readings.get(s);
            Contradiction c = valueConflict(s, mine, unstated, other, theirs);
            if (c != null && !sharesContent(s, other, quantityNouns(mine, theirs))) {
                c = null; // aligned by what both count ("Jahre", "Monate"), not by what they say of it
            }
            if (c == null && mine.oppositeTo(theirs, s, other)) {
                c = negationConflict(s, mine, other);
            }
            if (c != null) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first slot outside {@code unstated} that both fill with different values, as a contradiction. */
    private static Contradiction valueConflict(Vector mineV, Reading mine, Set<String> unstated, Vector other,
                                               Reading theirs) {
        for (var e : mine.values().entrySet()) {
            if (unstated.contains(e.getKey())) {
                continue;
            }
            boolean sameEvent = e.getKey().equals("weekday") ? theirs.values().containsKey("weekday")
                    && sameDayOfOneEvent(mineV, mine, other, theirs)
                    : !SEPARATING_ONLY.contains(e.getKey()) || sameStatement(mineV, other);
            if (sameEvent && mine.differsIn(e.getKey(), theirs)) {
                Slots.Value there = theirs.values().get(e.getKey()).get(0);
                Slots.Value here = nearest(e.getValue(), there); // "212 / 221", not "2.274 / 221"
                return new Contradiction(other, e.getKey(), here.noun(), here.shown(), there.shown());
            }
        }
        return null;
    }

    /**
     * Whether two sentences with different dates say the same thing of one event, so that their dates contradict
     * rather than separate: related apart from numbers ({@value #SAME_STATEMENT}) and sharing two content words besides
     * names, numbers and month names ("soll die Brücke am Dienstag, dem 10. Juni, freigegeben werden" against "… erst
     * am Mittwoch, dem 11. Juni, wieder … freigegeben werden"; not "legte am 17. März Einspruch ein" against "gab dem
     * Einspruch am 19. März statt").
     */
    private static boolean sameStatement(Vector a, Vector b) {
        if (SentenceVectors.cosineIgnoringNumbers(a.weights(), b.weights()) < SAME_STATEMENT) {
            return false;
        }
        Set<String> names = EvidenceJudge.nameWords(a.weights());
        names.addAll(EvidenceJudge.nameWords(b.weights()));
        int shared = 0;
        for (String term : a.weights().keySet()) {
            if (b.weights().containsKey(term) && !term.startsWith("§") && !term.startsWith("≈") && !names.contains(term)
                    && !term.matches("\\d+(?:[.,]\\d+)?|januar|februar|marz|april|mai|juni|juli|august|september|"
                            + "oktob|oktober|novemb|november|dezemb|dezember|january|february|march|june|july|octob|"
                            + "novemb|decemb") && ++shared >= 2) {
                return true;
            }
        }
        return false;
    }

    static final double SAME_STATEMENT = 0.2;

    /** Of a sentence's values in one slot, the one nearest in size to another report's value. */
    private static Slots.Value nearest(List<Slots.Value> values, Slots.Value other) {
        double target = magnitude(other.value());
        return values.stream().min(Comparator.comparingDouble(v -> Math.abs(magnitude(v.value()) - target)))
                .orElse(values.get(0));
    }

    private static double magnitude(String value) {
        try {
            return Math.log(Math.max(1e-9, Double.parseDouble(value.split(" ")[0])));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Contradiction negationConflict(Vector mineV, Reading mine, Vector other) {
        return new Contradiction(other, "polarity", "polarity", mine.negated() ? "negative" : "positive",
                mine.negated() ? "positive" : "negative");
    }

    /**
     * Whether two sentences share {@value #SHARED_WORDS} content word that is not a number, a name, a unit or the
     * disputed slot's noun ("erreichte" in "Der Pegel erreichte am Montagabend 2,9 Meter" and "Gestern Abend hatte
     * der Fluss mit 3,1 Metern seinen höchsten Stand erreicht"); "people" alone joins no two counts of people.
     */
    static boolean sharesContent(Vector a, Vector b, Set<String> nouns) {
        int shared = 0;
        for (String term : a.weights().keySet()) {
            if (b.weights().containsKey(term) && !term.startsWith("§") && !term.startsWith("≈")
                    && !SentenceVectors.distinctiveNumber(term) && !UNIT_WORDS.matcher(term).matches()
                    && nouns.stream().noneMatch(noun -> term.startsWith(noun) || noun.startsWith(term))
                    && ++shared >= SHARED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Numbers and units: words that say how much, not what. */
    private static final java.util.regex.Pattern UNIT_WORDS = java.util.regex.Pattern.compile(
            "\\d+|meter|metern|prozent|euro|dollar|jahr|jahren|monat|monaten|woch|wochen|tag|tagen|stund|stunden|minut"
                    + "|minuten|year|month|week|day|hour|minut");

    /**
     * The nouns that both sentences' quantities count, as slot stems: a shared "Jahre" or "Monate" says that both
     * count time, not that both speak of one sentence ("hatte drei Jahre und sechs Monate gefordert" against "zu zwei
     * Jahren und neun Monaten Haft verurteilt").
     */
    private static Set<String> quantityNouns(Reading a, Reading b) {
        return quantityNouns(List.of(a.values().keySet(), b.values().keySet()));
    }

    /** {@link #quantityNouns(Reading, Reading)} from the slot names of each sentence's values. */
    static Set<String> quantityNouns(List<? extends java.util.Collection<String>> slotsOfEach) {
        Set<String> nouns = new java.util.HashSet<>();
        for (java.util.Collection<String> slots : slotsOfEach) {
            for (String slot : slots) {
                nouns.add(Slots.countedNoun(slot));
            }
        }
        return nouns;
    }

    /** How many content words a sentence outside the group must share with a statement to contradict its value. */
    static final int SHARED_WORDS = 1;
    /**
     * How far apart two values of a sentence outside the group may be and still report the same quantity: 212 and
     * 221 votes, 2,9 and 3,1 metres, two and three dead are; 46 people rescued and two people dead are not.
     */
    static final double COMPARABLE_RATIO = 3.0;

    private static boolean comparable(Contradiction c) {
        double here = Math.exp(magnitude(Slots.normalised(c.shownHere().replaceAll("[^\\d.,]", ""))));
        double there = Math.exp(magnitude(Slots.normalised(c.shownThere().replaceAll("[^\\d.,]", ""))));
        if (here <= 1e-6 || there <= 1e-6) {
            return true; // a number word or no number: nothing to compare
        }
        return Math.max(here, there) / Math.min(here, there) <= COMPARABLE_RATIO;
    }

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
    /** The rank of a sentence that holds a short statement in one clause: below any sentence that states it as a whole. */
    private static final double CONTAINED_RANK = 1e-6;

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
            Reading whole = readings.computeIfAbsent(v, this::read);
            String coordinate = clause == null ? null : MainClauses.holding(v.sentence().text(), clause, language);
            Reading theirs = coordinate != null ? read(coordinate) : whole;
            if (supporters.stream().noneMatch(s -> conflicts(readings.get(s), s, theirs, v))) {
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
        readings.put(sentence, read(sentence));
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

    private Reading read(Vector v) {
        return read(v.sentence().text());
    }

    /** The slot values and negated terms of a sentence or clause. */
    private Reading read(String text) {
        Map<String, List<Slots.Value>> bySlot = new LinkedHashMap<>();
        for (Slots.Value value : Slots.of(text)) {
            bySlot.computeIfAbsent(value.slot(), k -> new ArrayList<>()).add(value);
        }
        Set<String> negated = new java.util.HashSet<>();
        for (String window : Slots.negationWindows(text, NEGATION_REACH)) {
            negated.addAll(SentenceVectors.stems(window, language));
        }
        // insertion-ordered, not Map.copyOf: its iteration order changes from one JVM run to the next
        return new Reading(java.util.Collections.unmodifiableMap(bySlot), java.util.Collections.unmodifiableSet(negated));
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
