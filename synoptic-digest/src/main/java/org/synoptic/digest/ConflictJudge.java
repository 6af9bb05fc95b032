package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.digest.AgreementSplitter.Contradiction;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Reads what can conflict in a sentence and judges whether two sentences conflict. A sentence's {@link Reading} holds
 * its slot values ({@link Slots}: counts of a noun, sums, measures, dates, weekdays) and the stems its negation words
 * govern. Two sentences conflict when they fill one slot with values that share nothing ("212 Stimmen" against "221
 * Stimmen") or when one negates what the other states ("Niemand wurde verletzt" against "Zwei Menschen wurden
 * verletzt"). Different dates make two statements, and a contradiction only where the two sentences say the same
 * thing of one event ({@link #sameStatement}); different weekdays conflict only as days of one event; a value
 * contradicts only a value of the same quantity ({@link CountGatherer}). {@link AgreementSplitter} splits and grows
 * statements by these judgements, and {@link DisagreementFinder} relates two values by {@link #sharesContent}.
 * Immutable and thread-safe.
 */
final class ConflictJudge {

    /**
     * Slots (dates, weekdays) whose different values make two statements, and a contradiction only where the two sentences say the
     * same thing of one event ({@link #sameStatement}): sentences about one thing on different dates are mostly
     * about different events ("legte am 17. März Einspruch ein", "gab dem Einspruch am 19. März statt").
     */
    private static final Set<String> SEPARATING_ONLY = Set.of("date", "weekday");

    /** How many words before and after a negation word it governs. */
    static final int NEGATION_REACH = 3;

    /**
     * What the judge knows of one sentence: its slot values, by slot, and the stems its negation words govern
     * (the words within {@value #NEGATION_REACH} of "nicht", "kein", "niemand" …; empty when it negates nothing).
     */
    record Reading(Map<String, List<Slots.Value>> values, Set<String> negatedTerms) {

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

    private final String language;

    /** A judge for sentences in {@code language}, whose negated words it reads as stems of that language. */
    ConflictJudge(String language) {
        this.language = language;
    }

    /** {@link #read(String)} of a sentence's text. */
    Reading read(Vector v) {
        return read(v.sentence().text());
    }

    /** The slot values and negated terms of a sentence or clause. */
    Reading read(String text) {
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

    /**
     * Whether two sentences of one group conflict, so that they cannot support one statement: one negates what the
     * other states, they count one noun in different degrees only, or they fill one slot with values that share
     * nothing (different weekdays only where they are days of one event, {@link #sameDayOfOneEvent}).
     */
    static boolean conflicts(Reading a, Vector va, Reading b, Vector vb) {
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

    /** The first conflict of a group member with one of a statement's supporters, if any, in the slots it states. */
    static java.util.Optional<Contradiction> conflict(List<Vector> supporters, Map<Vector, Reading> readings,
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
    static Contradiction valueConflict(Vector mineV, Reading mine, Set<String> unstated, Vector other,
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

    /** The contradiction of {@code mine} by {@code other} in polarity: {@code other} says the opposite. */
    static Contradiction negationConflict(Vector mineV, Reading mine, Vector other) {
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
    static Set<String> quantityNouns(Reading a, Reading b) {
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

    /**
     * Whether a contradiction's two values are near enough in size ({@value #COMPARABLE_RATIO}) to report the same
     * quantity; a value without digits is comparable to any.
     */
    static boolean comparable(Contradiction c) {
        double here = Math.exp(magnitude(Slots.normalised(c.shownHere().replaceAll("[^\\d.,]", ""))));
        double there = Math.exp(magnitude(Slots.normalised(c.shownThere().replaceAll("[^\\d.,]", ""))));
        if (here <= 1e-6 || there <= 1e-6) {
            return true; // a number word or no number: nothing to compare
        }
        return Math.max(here, there) / Math.min(here, there) <= COMPARABLE_RATIO;
    }
}
