package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.digest.SentenceVectors.Vector;
import org.synoptic.digest.StoryDigest.Disagreement;
import org.synoptic.digest.StoryDigest.Position;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;

/**
 * Finds where reports differ on the same point.
 *
 * <p>Three explainable rules:
 * <ol>
 *   <li><b>Slots</b>: related sentences of different reports give different values for the same slot (weekday,
 *       a counted quantity, a sum of money).</li>
 *   <li><b>Revisions</b>: one sentence gives a value and an earlier, superseded one ("am Dienstag …, obwohl es zuerst
 *       hieß, … am Mittwoch"); the earlier position is marked {@code superseded}.</li>
 *   <li><b>Stances</b>: sentences of different reports about the same actors (two shared entities or a similarity of
 *       at least {@value #STANCE_SIMILARITY}) take different stances: confirmation against "no comment", certainty
 *       against hedging, a claim against its denial.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class DisagreementFinder {

    private static final double STANCE_SIMILARITY = 0.25;
    private static final double SAME_REPORT_STANCE_SIMILARITY = 0.1;
    private static final double SLOT_SIMILARITY = 0.15;
    private static final double WEEKDAY_SIMILARITY = 0.15;
    private static final int MAX_DISAGREEMENTS = 8;
    private static final Pattern REVISION_CUE = Pattern.compile(
            "(?i)\\b(?:obwohl es zuerst hieß|zuerst hieß es|zunächst hieß es|zuerst hieß|zunächst war von|ursprünglich|"
                    + "zunächst|initially|originally|had earlier been|was first reported|earlier reports said)");

    List<Disagreement> find(SentenceVectors vectors, List<ArticleAnalysis> analyses, String language) {
        List<Disagreement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        revisions(vectors, language, out, seen);
        slotConflicts(vectors, analyses, language, out, seen);
        stanceConflicts(vectors, analyses, language, out, seen);
        return out.size() > MAX_DISAGREEMENTS ? List.copyOf(out.subList(0, MAX_DISAGREEMENTS)) : out;
    }

    /**
     * Ties disagreements to facts: a slot disagreement whose positions hold a fact's evidence or contradicting
     * sentences names that fact, and every fact that is contradicted but named by no disagreement gets one of its
     * own, its position against each contradicting value (put first: a contradicted fact is what an editor checks
     * first). At most {@value #MAX_DISAGREEMENTS} disagreements besides those of facts.
     */
    List<Disagreement> withFacts(List<Disagreement> found, List<DigestBuilder.CheckedFact> facts, String language) {
        List<Disagreement> named = new ArrayList<>();
        Set<String> factsNamed = new HashSet<>();
        for (Disagreement d : found) {
            String fact = null;
            if (d.positions().stream().allMatch(p -> p.note() == null)) {
                for (DigestBuilder.CheckedFact f : facts) {
                    if (!f.fact().contradictedBy().isEmpty() && touches(d, f)) {
                        fact = fact == null ? f.fact().text() : fact; // named: the first; covered: every side
                        factsNamed.add(f.fact().text());
                    }
                }
            }
            named.add(new Disagreement(d.about(), d.positions(), fact));
        }
        List<Disagreement> own = new ArrayList<>();
        for (DigestBuilder.CheckedFact f : facts) {
            if (f.fact().contradictedBy().isEmpty() || !factsNamed.add(f.fact().text())) {
                continue;
            }
            AgreementSplitter.Statement s = f.statement();
            Map<String, List<AgreementSplitter.Contradiction>> byValue = new LinkedHashMap<>();
            for (AgreementSplitter.Contradiction c : s.contradictions()) {
                byValue.computeIfAbsent(c.slot() + "|" + c.shownThere(), k -> new ArrayList<>()).add(c);
            }
            AgreementSplitter.Contradiction first = s.contradictions().get(0);
            List<Position> positions = new ArrayList<>();
            positions.add(new Position(f.fact().text(), f.fact().articles(), null));
            List<String> values = new ArrayList<>(List.of(first.shownHere()));
            for (List<AgreementSplitter.Contradiction> cs : byValue.values()) {
                positions.add(new Position(cs.get(0).sentence().sentence().text(),
                        cs.stream().map(c -> c.sentence().article()).distinct().toList(), null));
                values.add(cs.get(0).shownThere());
            }
            String about = first.slot().equals("polarity")
                    ? label("polarity", null, language)
                    : label(first.slot(), first.label(), language) + ": " + String.join(" / ", values.stream().distinct().toList());
            own.add(new Disagreement(about, positions, f.fact().text()));
        }
        own.addAll(named);
        return own;
    }

    /**
     * Whether a disagreement sets the fact against a report that contradicts it: one side is one of the fact's evidence
     * sentences, another one of its contradicting sentences. Sharing reports is not enough: a report may disagree on
     * the sentence ("sechs / neun Monate") and contradict the fact's sum elsewhere ("368.000 Euro").
     */
    private static boolean touches(Disagreement d, DigestBuilder.CheckedFact f) {
        Set<String> evidence = new HashSet<>();
        f.fact().evidence().forEach(e -> evidence.add(e.text()));
        Set<String> contradicting = new HashSet<>();
        f.statement().contradictions().forEach(c -> contradicting.add(c.sentence().sentence().text()));
        boolean hasFact = d.positions().stream().anyMatch(p -> evidence.contains(p.text()));
        boolean hasContradiction = d.positions().stream().anyMatch(p -> contradicting.contains(p.text()));
        return hasFact && hasContradiction;
    }

    private static void revisions(SentenceVectors vectors, String language, List<Disagreement> out, Set<String> seen) {
        for (Vector v : vectors.all()) {
            String text = v.sentence().text();
            Matcher cue = REVISION_CUE.matcher(text);
            if (!cue.find()) {
                continue;
            }
            List<Slots.Value> before = Slots.of(text.substring(0, cue.start()));
            List<Slots.Value> after = Slots.of(text.substring(cue.start()));
            for (Slots.Value now : before) {
                for (Slots.Value earlier : after) {
                    if (now.slot().equals(earlier.slot()) && !now.value().equals(earlier.value())
                            && seen.add("rev|" + now.slot() + "|" + v.article() + "|" + v.sentence().index())) {
                        String about = label(now.slot(), now.noun(), language) + ": " + now.shown() + " / " + earlier.shown();
                        String current = text.substring(0, cue.start()).strip().replaceAll("[,;]$", "");
                        String superseded = text.substring(cue.start()).strip();
                        out.add(new Disagreement(about, List.of(
                                new Position(current, List.of(v.article()), null),
                                new Position(superseded, List.of(v.article()), "superseded"))));
                    }
                }
            }
        }
    }

    /**
     * Slot conflicts: sentences of different reports that speak of the same thing (cosine at least
     * {@value #SLOT_SIMILARITY}, lower than for facts because a differing value is itself a difference) and fill
     * one slot with different values. Connected conflicts form one disagreement, one position per value.
     */
    /**
     * The slots in which two sentences conflict, once per pair of values (in the order of their values): the same slot
     * filled with different values by sentences related enough ({@value #SLOT_SIMILARITY}; a weekday also in the same
     * context).
     */
    private static List<String> conflictingSlots(Vector first, List<Slots.Value> firstValues, Set<String> firstNames,
                                                 Vector second, List<Slots.Value> secondValues, Set<String> secondNames) {
        double similarity = SentenceVectors.cosineIgnoringNumbers(first.weights(), second.weights());
        // what both say beyond what they count: "gefordert" and "verurteilt" both count "Monate"
        boolean sayAlike = ConflictJudge.sharesContent(first, second, ConflictJudge.quantityNouns(List.of(
                firstValues.stream().map(Slots.Value::slot).toList(), secondValues.stream().map(Slots.Value::slot).toList())));
        List<String> slots = new ArrayList<>();
        for (Slots.Value a : firstValues) {
            for (Slots.Value b : secondValues) {
                boolean related = a.slot().equals("date") ? false : a.slot().equals("weekday")
                        // Days are everywhere in news ("said on Saturday"): the day must belong to the same event.
                        ? similarity >= WEEKDAY_SIMILARITY
                                && Slots.sameContext(first.sentence().text(), a, firstNames, second.sentence().text(), b,
                                        secondNames)
                        : similarity >= SLOT_SIMILARITY && sayAlike;
                if (a.slot().equals(b.slot()) && !a.value().equals(b.value()) && related) {
                    slots.add(a.slot());
                }
            }
        }
        return slots;
    }

    private static void slotConflicts(SentenceVectors vectors, List<ArticleAnalysis> analyses, String language,
                                      List<Disagreement> out, Set<String> seen) {
        List<Vector> all = vectors.all();
        List<Set<String>> names = all.stream().map(v -> nameWords(analyses.get(v.articleIndex()), v.sentence())).toList();
        List<List<Slots.Value>> values = all.stream().map(v -> distinctValues(v.sentence().text())).toList();
        Map<String, Map<Integer, List<Integer>>> conflictGraph = new LinkedHashMap<>(); // slot -> sentence -> sentences
        double least = Math.min(SLOT_SIMILARITY, WEEKDAY_SIMILARITY); // below it no pair of values is related
        // word-for-word copies (one vector) are compared once, as a class; their pairs get the class pair's conflicts
        Map<Integer, List<Integer>> copiesOf = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!values.get(i).isEmpty()) {
                copiesOf.computeIfAbsent(vectors.sameVectorId(all.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        record Edge(int from, int to, int order, String slot) {
        }
        List<Edge> edges = new ArrayList<>();
        for (List<Integer> members : copiesOf.values()) {
            int i = members.get(0);
            Set<Integer> compared = new HashSet<>();
            List<Integer> partners = new ArrayList<>(List.of(i));
            // candidate search: only pairs sharing one of i's rarer words (numbers aside) can be related
            for (int j : vectors.candidatesLater(i, SentenceVectors::distinctiveNumber, least)) {
                partners.add(j);
            }
            for (int j : partners) {
                int id = vectors.sameVectorId(all.get(j));
                List<Integer> others = copiesOf.get(id);
                if (others == null || !compared.add(id) || others.get(0) < i) {
                    continue; // no values, already compared, or met from the other class's side
                }
                List<String> slots = conflictingSlots(all.get(i), values.get(i), names.get(i), all.get(j),
                        values.get(j), names.get(j));
                if (slots.isEmpty()) {
                    continue;
                }
                for (int x : members) {
                    for (int y : others) {
                        if (x != y && all.get(x).articleIndex() != all.get(y).articleIndex() && (x < y || others != members)) {
                            for (int k = 0; k < slots.size(); k++) {
                                edges.add(new Edge(Math.min(x, y), Math.max(x, y), k, slots.get(k)));
                            }
                        }
                    }
                }
            }
        }
        // in story order, as the pairs of all sentences were once visited
        edges.sort(Comparator.comparingInt(Edge::from).thenComparingInt(Edge::to).thenComparingInt(Edge::order));
        for (Edge e : edges) {
            Map<Integer, List<Integer>> graph = conflictGraph.computeIfAbsent(e.slot(), k -> new LinkedHashMap<>());
            graph.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            graph.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        for (var slot : conflictGraph.entrySet()) {
            Set<Integer> visited = new HashSet<>();
            for (Integer startNode : slot.getValue().keySet()) {
                if (!visited.add(startNode)) {
                    continue;
                }
                // The component of conflicting sentences around startNode.
                List<Integer> component = new ArrayList<>(List.of(startNode));
                for (int k = 0; k < component.size(); k++) {
                    for (Integer next : slot.getValue().getOrDefault(component.get(k), List.of())) {
                        if (visited.add(next)) {
                            component.add(next);
                        }
                    }
                }
                component.sort(null);
                Map<String, List<Vector>> byValue = new LinkedHashMap<>();
                Map<String, String> shown = new LinkedHashMap<>();
                String noun = null;
                for (Integer node : component) {
                    Slots.Value value = values.get(node).stream().filter(v -> v.slot().equals(slot.getKey()))
                            .findFirst().orElseThrow();
                    noun = noun == null ? value.noun() : noun;
                    byValue.computeIfAbsent(value.value(), k -> new ArrayList<>()).add(all.get(node));
                    shown.putIfAbsent(value.value(), value.shown());
                }
                if (byValue.size() < 2 || byValue.size() > 3
                        || !seen.add("slot|" + slot.getKey() + "|" + String.join(",", byValue.keySet()))) {
                    continue;
                }
                List<Position> positions = new ArrayList<>();
                for (var value : byValue.entrySet()) {
                    positions.add(new Position(value.getValue().get(0).sentence().text(),
                            value.getValue().stream().map(Vector::article).distinct().toList(), null));
                }
                out.add(new Disagreement(label(slot.getKey(), noun, language) + ": " + String.join(" / ", shown.values()),
                        positions));
            }
        }
    }

    private static boolean differentSources(ArticleAnalysis analysis, Sentence a, Sentence b) {
        Set<String> sa = new HashSet<>();
        Set<String> sb = new HashSet<>();
        for (CitedSource c : analysis.citedSources()) {
            if (c.sentence() == a.index()) {
                sa.add(c.name());
            } else if (c.sentence() == b.index()) {
                sb.add(c.name());
            }
        }
        return !sa.isEmpty() && !sb.isEmpty() && java.util.Collections.disjoint(sa, sb);
    }

    private static Set<String> nameWords(ArticleAnalysis analysis, Sentence sentence) {
        Set<String> words = new HashSet<>();
        for (EntityMention e : analysis.entities()) {
            if (e.start() >= sentence.start() && e.end() <= sentence.end()) {
                for (String w : e.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static List<Slots.Value> distinctValues(String sentence) {
        Map<String, Slots.Value> bySlot = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Slots.Value v : Slots.of(sentence)) {
            Slots.Value prior = bySlot.putIfAbsent(v.slot(), v);
            if (prior != null && !prior.value().equals(v.value())) {
                ambiguous.add(v.slot());
            }
        }
        ambiguous.forEach(bySlot::remove);
        return List.copyOf(bySlot.values());
    }

    private static void stanceConflicts(SentenceVectors vectors, List<ArticleAnalysis> analyses, String language,
                                        List<Disagreement> out, Set<String> seen) {
        record Candidate(Vector a, Stance sa, Vector b, Stance sb, double similarity) {
        }
        List<Vector> all = vectors.all();
        List<Stance> stances = all.stream().map(v -> Stance.of(v.sentence().text())).toList();
        List<Candidate> candidates = new ArrayList<>();
        // only sentences with a stance can conflict: the pairs of those, in story order
        int[] stanced = java.util.stream.IntStream.range(0, all.size())
                .filter(i -> stances.get(i) != Stance.NEUTRAL).toArray();
        for (int x = 0; x < stanced.length; x++) {
            for (int y = x + 1; y < stanced.length; y++) {
                int i = stanced[x];
                int j = stanced[y];
                Stance si = stances.get(i);
                Stance sj = stances.get(j);
                if (!conflicting(si, sj)) {
                    continue;
                }
                Vector a = all.get(i);
                Vector b = all.get(j);
                boolean sameArticle = a.articleIndex() == b.articleIndex();
                // Within one report, stances disagree only as a claim and its denial, or when they rest on different
                // sources ("KCNA schrieb …" against "RIA relativierte …"); the report itself then sets them side by
                // side, so less overlap is needed.
                boolean sourcesDiffer = sameArticle
                        && differentSources(analyses.get(a.articleIndex()), a.sentence(), b.sentence());
                if (sameArticle && !(si == Stance.CLAIM || sj == Stance.CLAIM) && !sourcesDiffer) {
                    continue;
                }
                double sim = SentenceVectors.cosine(a.weights(), b.weights());
                if (sharedEntities(a, b).size() >= 2 || sim >= STANCE_SIMILARITY
                        || sourcesDiffer && sim >= SAME_REPORT_STANCE_SIMILARITY) {
                    candidates.add(new Candidate(a, si, b, sj, sim));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        for (Candidate c : candidates) {
            Set<String> shared = sharedEntities(c.a(), c.b());
            String kinds = c.sa().compareTo(c.sb()) < 0 ? c.sa() + "/" + c.sb() : c.sb() + "/" + c.sa();
            if (!seen.add("stance|" + kinds + "|" + shared)
                    || !seen.add("sent|" + kinds + "|" + c.a().article() + c.a().sentence().index())
                    || !seen.add("sent|" + kinds + "|" + c.b().article() + c.b().sentence().index())) {
                continue;
            }
            String topic = shared.isEmpty() ? "" : ": " + String.join(", ", shared);
            out.add(new Disagreement(stanceLabel(c.sa(), c.sb(), language) + topic, List.of(
                    new Position(c.a().sentence().text(), List.of(c.a().article()), c.sa().name().toLowerCase(java.util.Locale.ROOT)),
                    new Position(c.b().sentence().text(), List.of(c.b().article()), c.sb().name().toLowerCase(java.util.Locale.ROOT)))));
        }
    }

    /** Confirm against no comment, hedge or denial; claim against denial. */
    private static boolean conflicting(Stance a, Stance b) {
        return a == Stance.CONFIRM && (b == Stance.NO_COMMENT || b == Stance.HEDGE || b == Stance.DENY)
                || b == Stance.CONFIRM && (a == Stance.NO_COMMENT || a == Stance.HEDGE || a == Stance.DENY)
                || a == Stance.CLAIM && b == Stance.DENY
                || a == Stance.DENY && b == Stance.CLAIM;
    }

    private static Set<String> sharedEntities(Vector a, Vector b) {
        Set<String> shared = new LinkedHashSet<>();
        for (String term : a.weights().keySet()) {
            if (term.startsWith("§") && b.weights().containsKey(term)) {
                shared.add(term.substring(1));
            }
        }
        return shared;
    }

    static String label(String slot, String noun, String language) {
        boolean de = !"en".equals(language);
        if (slot.equals("weekday")) {
            return de ? "Tag" : "Day";
        }
        if (slot.equals("money")) {
            return de ? "Betrag" : "Amount";
        }
        if (slot.equals("date")) {
            return de ? "Datum" : "Date";
        }
        if (slot.equals("polarity")) {
            return de ? "Aussage oder Verneinung" : "Statement or negation";
        }
        if (slot.startsWith("unit:")) {
            return (de ? "Wert in " : "Value in ") + noun;
        }
        return (de ? "Anzahl " : "Number of ") + noun;
    }

    private static String stanceLabel(Stance a, Stance b, String language) {
        boolean de = !"en".equals(language);
        Set<Stance> pair = java.util.EnumSet.of(a, b);
        if (pair.contains(Stance.CLAIM)) {
            return de ? "Vorwurf und Zurückweisung" : "Claim and denial";
        }
        if (pair.contains(Stance.HEDGE)) {
            return de ? "Gewissheit" : "Certainty";
        }
        if (pair.contains(Stance.NO_COMMENT)) {
            return de ? "Bestätigung" : "Confirmation";
        }
        return de ? "Bestätigung oder Dementi" : "Confirmation or denial";
    }
}
