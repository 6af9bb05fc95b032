package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Tells which quantity a statement counts when its sentences count one noun in several degrees ({@link Slots}: "14
 * Menschen wurden verletzt" fills {@code number:mensch}, "zwei von ihnen schwer" {@code number:mensch+schwer}, "38 zu 9
 * Stimmen" {@code number:stimm+ja} and {@code number:stimm+nein}), and gathers the reports that state a statement's
 * count in a degree. A value conflicts only with a value of the same quantity: "17 Menschen wurden verletzt, zwei davon
 * schwer" contradicts "14 Menschen wurden verletzt" and states "Zwei Menschen erlitten schwere Verletzungen". Works on
 * sentences' slot values, by slot; stateless and thread-safe.
 */
final class CountGatherer {

    private CountGatherer() {
    }

    /**
     * Whether {@code mine} counts a noun in a slot that {@code theirs} does not fill, while {@code theirs} counts the
     * noun in other degrees only and with other numbers: the two state different quantities of one noun and neither
     * states the other ("Zwei Menschen erlitten schwere Verletzungen" against "Insgesamt wurden 14 Menschen
     * verletzt"; not against "14 Menschen wurden verletzt, zwei von ihnen schwer", which counts both, nor "zwei
     * Feuerwehrleute wurden leicht verletzt" against "zwei Feuerwehrleute wurden verletzt", one count told closer).
     */
    static boolean countsAnotherDegree(Map<String, List<Slots.Value>> mine, Map<String, List<Slots.Value>> theirs) {
        return mine.entrySet().stream().anyMatch(e -> countedOtherwise(e.getKey(), e.getValue(), theirs, mine));
    }

    /**
     * Whether {@code theirs} counts the noun of {@code slot} but not in it, and with no number of {@code values};
     * with {@code mine} given, also in no slot that {@code mine} fills.
     */
    private static boolean countedOtherwise(String slot, List<Slots.Value> values,
                                            Map<String, List<Slots.Value>> theirs, Map<String, List<Slots.Value>> mine) {
        if (!slot.startsWith("number:") || theirs.containsKey(slot)) {
            return false;
        }
        String noun = Slots.countedNoun(slot);
        boolean counted = false;
        for (var e : theirs.entrySet()) {
            if (e.getKey().startsWith("number:") && Slots.countedNoun(e.getKey()).equals(noun)) {
                counted = true;
                if ((mine != null && mine.containsKey(e.getKey())) || e.getValue().stream()
                        .anyMatch(x -> values.stream().anyMatch(v -> v.value().equals(x.value())))) {
                    return false;
                }
            }
        }
        return counted;
    }

    /**
     * The count slots that a statement does not state although a supporter fills them: those of a noun that another
     * supporter counts otherwise ({@link #countedOtherwise}). "Zwei Menschen erlitten schwere Verletzungen" and "14
     * Menschen wurden verletzt, zwei von ihnen schwer" state the two seriously injured ({@code number:mensch+schwer}),
     * not the 14 injured ({@code number:mensch}): "17 Menschen wurden verletzt, zwei davon schwer" does not
     * contradict them.
     */
    static Set<String> otherDegreeSlots(List<Map<String, List<Slots.Value>>> supporters) {
        Set<String> unstated = new HashSet<>();
        for (Map<String, List<Slots.Value>> values : supporters) {
            values.forEach((slot, vs) -> {
                if (supporters.stream().anyMatch(theirs -> countedOtherwise(slot, vs, theirs, null))) {
                    unstated.add(slot);
                }
            });
        }
        return unstated;
    }

    /**
     * The counts in a degree (slot and value, a slot of one value in a sentence) that every one of the sentences
     * states, or, with {@code ofAll} false, that any of them states.
     */
    static Map<String, String> degreeCounts(List<Map<String, List<Slots.Value>>> sentences, boolean ofAll) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (Map<String, List<Slots.Value>> values : sentences) {
            values.forEach((slot, vs) -> {
                if (slot.contains(Slots.DEGREE_MARK) && vs.size() == 1) {
                    counts.putIfAbsent(slot, vs.get(0).value());
                }
            });
        }
        if (ofAll) {
            counts.entrySet().removeIf(e -> !sentences.stream().allMatch(v -> fills(v, e.getKey(), e.getValue())));
        }
        return counts;
    }

    /** The slots that every one of the sentences fills. */
    static Set<String> commonSlots(List<Map<String, List<Slots.Value>>> sentences) {
        Set<String> common = new HashSet<>(sentences.get(0).keySet());
        sentences.forEach(v -> common.retainAll(v.keySet()));
        return common;
    }

    /**
     * The sentences that state every one of the counts ({@code slot -> value}); none when there are no counts, or
     * when all sentences state them and no other slot, so that their statement is the statement of the counts.
     */
    static List<Vector> stating(List<Vector> sentences, Function<Vector, Map<String, List<Slots.Value>>> valuesOf,
                                Map<String, String> counts) {
        List<Vector> stating = counts.isEmpty() ? List.of() : sentences.stream().filter(s -> counts.entrySet().stream()
                .allMatch(e -> fills(valuesOf.apply(s), e.getKey(), e.getValue()))).toList();
        boolean countsOnly = stating.size() == sentences.size()
                && counts.keySet().containsAll(commonSlots(sentences.stream().map(valuesOf).toList()));
        return countsOnly ? List.of() : stating;
    }

    /** The slots that any of the sentences fills, but {@code kept}. */
    static Set<String> slotsBut(List<Map<String, List<Slots.Value>>> sentences, Set<String> kept) {
        Set<String> slots = new HashSet<>();
        sentences.forEach(v -> slots.addAll(v.keySet()));
        slots.removeAll(kept);
        return slots;
    }

    /**
     * The clearest supporter ({@link AgreementSplitter#clearest}) among those that fill none of the slots the
     * statement does not state, so that the fact reads as what it states: "Zwei Menschen erlitten schwere
     * Verletzungen", not "14 Menschen wurden verletzt, zwei von ihnen schwer"; among all where every one fills one.
     */
    static Vector clearestStating(List<Vector> supporters, Function<Vector, Map<String, List<Slots.Value>>> valuesOf,
                                  Set<String> unstated) {
        List<Vector> plain = supporters.stream()
                .filter(s -> valuesOf.apply(s).keySet().stream().noneMatch(unstated::contains)).toList();
        return AgreementSplitter.clearest(plain.isEmpty() ? supporters : plain);
    }

    /** Whether a sentence's slot values hold {@code value} in {@code slot}. */
    static boolean fills(Map<String, List<Slots.Value>> values, String slot, String value) {
        List<Slots.Value> vs = values.get(slot);
        return vs != null && vs.stream().anyMatch(v -> v.value().equals(value));
    }

    /**
     * The supporters and, for each report not among them, its sentence that states every one of {@code counts} (counts
     * in a degree, {@link #degreeCounts}: "zwei davon schwer", "zwei von ihnen schwer" and "Zwei Menschen erlitten
     * schwere Verletzungen" all fill {@code number:mensch+schwer=2}) and fills every slot of {@code alsoFilled},
     * related to the supporters' clearest sentence apart from numbers ({@link AgreementSplitter#RELATED_VALUE}) and in
     * no conflict with the supporters in the slots the statement then states ({@code conflicting}, given the sentence
     * and the slots the statement does not state: {@link #otherDegreeSlots}, and with {@code countsOnly} every slot
     * but those of {@code counts}). A count in a degree is specific enough to
     * name its fact, even where the sentence counts another quantity of the noun differently. Of a report's
     * sentences, the one most related to the clearest joins. The supporters themselves when {@code counts} is empty.
     *
     * @param valuesOf a sentence's slot values, by slot
     */
    static List<Vector> gathered(List<Vector> supporters, Map<String, String> counts, Set<String> alsoFilled,
                                 boolean countsOnly, SentenceVectors all, Function<Vector, Map<String, List<Slots.Value>>> valuesOf,
                                 BiPredicate<Vector, Set<String>> conflicting) {
        if (counts.isEmpty()) {
            return supporters;
        }
        List<Map<String, List<Slots.Value>>> supporterValues = supporters.stream().map(valuesOf).toList();
        Vector clearest = AgreementSplitter.clearest(supporters);
        Set<Integer> articles = new HashSet<>();
        supporters.forEach(v -> articles.add(v.articleIndex()));
        Map<Integer, Vector> best = new LinkedHashMap<>();
        Map<Integer, Double> bestScore = new java.util.HashMap<>();
        for (Vector v : all.all()) {
            if (articles.contains(v.articleIndex()) || FactAligner.isCaption(v.sentence().text())) {
                continue;
            }
            double related = SentenceVectors.cosineIgnoringNumbers(clearest.weights(), v.weights());
            if (related < AgreementSplitter.RELATED_VALUE || related <= bestScore.getOrDefault(v.articleIndex(), 0.0)) {
                continue;
            }
            Map<String, List<Slots.Value>> theirs = valuesOf.apply(v);
            if (!theirs.keySet().containsAll(alsoFilled)
                    || !counts.entrySet().stream().allMatch(e -> fills(theirs, e.getKey(), e.getValue()))) {
                continue;
            }
            List<Map<String, List<Slots.Value>>> withIt = new ArrayList<>(supporterValues);
            withIt.add(theirs);
            Set<String> unstated = otherDegreeSlots(withIt);
            if (countsOnly) {
                unstated.addAll(slotsBut(withIt, counts.keySet()));
            }
            if (!conflicting.test(v, unstated)) {
                best.put(v.articleIndex(), v);
                bestScore.put(v.articleIndex(), related);
            }
        }
        if (best.isEmpty()) {
            return supporters;
        }
        List<Vector> out = new ArrayList<>(supporters);
        out.addAll(best.values());
        out.sort(Comparator.comparingInt(Vector::articleIndex));
        return out;
    }
}
