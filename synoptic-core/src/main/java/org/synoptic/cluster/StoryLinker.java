package org.synoptic.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.synoptic.crosslingual.EvidenceExtractor;
import org.synoptic.crosslingual.ReportEvidence;
import org.synoptic.model.Article;

/**
 * Links a German story and an English story of one event into one story, after the stories were assigned per language
 * (Miranda et al., EMNLP 2018: monolingual clusters first, linked across languages after; EMM links its per-language
 * clusters through names, places and a dictionary, Pouliquen et al. 2004/2008).
 *
 * <p>Each report is read for its language-independent evidence ({@link EvidenceExtractor}: canonical names, numbers
 * with units, days of the year, content words as English stems). A story's evidence is the sum of its reports'
 * unit-length TF-IDF vectors (document frequencies over the batch's German and English reports, with
 * {@value #PRIOR_DOCUMENTS} background reports that hold none of the keys, as the clusterer assumes). Two parts are
 * compared by {@code 1 - s} times the cosine of their whole reports' keys plus {@code s} times the cosine of their
 * leads' keys (title and opening, {@link ReportEvidence#LEAD}; {@code s} is {@link #leadShare()}): reports of another
 * event with the same people share their background, and less their leads. An English story
 * is linked into the German story whose evidence is most alike when the score, decayed by the gap in publication time
 * as the clusterer decays it (a Gaussian of scale 7 days), reaches {@link #threshold()} and they share at least
 * {@value #MIN_SHARED_NAMES} names or a name and a number or date: topic words alone ("Corona", "Regierung") never
 * link. A wire report and its translation, opening with one agency dateline and published together, are linked whatever
 * their cosine ({@link #wireCopies}). Each English story joins at most one German story, best pair first; a German story may take several. The
 * story founded first keeps its id; the other's id and the shared names, numbers and terms are kept as a
 * {@link StoryLink}.
 *
 * <p>Stateless and thread-safe. Stories of one language only (or of languages other than German and English) pass
 * through unchanged, and nothing is loaded for them.
 */
public final class StoryLinker {

    /** Default score threshold, chosen on the tuning half of the SemEval-2022 de-en pairs. */
    public static final double DEFAULT_THRESHOLD = 0.20;
    /**
     * Default share of the leads' cosine in a score, chosen with the lead's length and {@link #DEFAULT_THRESHOLD} on the
     * tuning half of the SemEval-2022 de-en pairs, by leave-one-out accuracy there (see {@code docs/ARCHITECTURE.md}).
     */
    public static final double DEFAULT_LEAD_SHARE = 0.3;
    /** Shared names needed when no number or date is shared. */
    static final int MIN_SHARED_NAMES = 2;
    static final int PRIOR_DOCUMENTS = 100;
    private static final double TIME_SCALE_DAYS = 7.0;
    private static final int EVIDENCE_SHOWN = 8;

    /**
     * Default threshold of the second look between two German stories; above 1: no second look. Off: at 0.32, the
     * best on the tuning half of the SemEval de-de pairs (accuracy 0.650 → 0.725, no new false merge there), the
     * held-out half got 3 more false merges (accuracy 0.833 → 0.817) and the needle eval 60 instead of 35 10kGNAD
     * articles in multi-article stories. Precision first.
     */
    public static final double DEFAULT_SAME_LANGUAGE_THRESHOLD = 2.0;
    /** Keys held by more stories than this find no candidates (they are topic words of the batch). */
    static final int MAX_POSTINGS = 200;

    private final double threshold;
    private final double sameLanguageThreshold;
    /** Language → background key counts for the IDF; a language without one uses {@link BackgroundFrequencies#NONE}. */
    private final Map<String, BackgroundFrequencies> background;
    /** Reads each report's evidence; {@code null}: the bundled {@link EvidenceExtractor#standard()}, loaded on use. */
    private final EvidenceExtractor extractor;
    /** Share of names, numbers and days in a kind-wise score; NaN: one space for all keys ({@link #withNamesShare}). */
    private final double namesShare;
    /** Share of the leads' cosine in a score; 0: leads not read apart ({@link #withLeadShare}). */
    private final double leadShare;

    /**
     * @param threshold             evidence score for linking a German and an English story
     * @param sameLanguageThreshold evidence cosine for the second look that joins two German stories; above 1: none
     */
    public StoryLinker(double threshold, double sameLanguageThreshold) {
        this(threshold, sameLanguageThreshold, Map.of(), null, Double.NaN, DEFAULT_LEAD_SHARE);
    }

    private StoryLinker(double threshold, double sameLanguageThreshold, Map<String, BackgroundFrequencies> background,
                        EvidenceExtractor extractor, double namesShare, double leadShare) {
        this.threshold = threshold;
        this.sameLanguageThreshold = sameLanguageThreshold;
        this.background = Map.copyOf(background);
        this.extractor = extractor;
        this.namesShare = namesShare;
        this.leadShare = leadShare;
    }

    /** This linker reading reports with {@code extractor} instead of the bundled one. */
    public StoryLinker withExtractor(EvidenceExtractor extractor) {
        return new StoryLinker(threshold, sameLanguageThreshold, background, extractor, namesShare, leadShare);
    }

    /**
     * This linker giving the leads' cosine {@code share} of a score (the whole reports' cosine the rest); 0: the leads'
     * keys are not read apart and the score is the whole reports' cosine alone, as before the lead was read.
     *
     * @param share in [0, 1)
     */
    public StoryLinker withLeadShare(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("lead share must be in [0, 1): " + share);
        }
        return new StoryLinker(threshold, sameLanguageThreshold, background, extractor, namesShare, share);
    }

    /** The leads' share of a score (0: leads not read apart). */
    public double leadShare() {
        return leadShare;
    }

    /**
     * This linker scoring names and words apart: a part's names, numbers and days form one unit vector, its words
     * another, and the score is {@code share} times the names' cosine plus {@code 1 - share} times the words' (so a
     * report with many names, or many words, no longer drowns the other kind). NaN: one vector for all keys, as by
     * default.
     *
     * @param share the names' share of the score, in (0, 1), or NaN
     */
    public StoryLinker withNamesShare(double share) {
        if (!Double.isNaN(share) && !(share > 0 && share < 1)) {
            throw new IllegalArgumentException("names share must be in (0, 1) or NaN: " + share);
        }
        return new StoryLinker(threshold, sameLanguageThreshold, background, extractor, share, leadShare);
    }

    /** The names' share of a kind-wise score, or NaN for one vector of all keys. */
    public double namesShare() {
        return namesShare;
    }

    /** The extractor this linker reads reports with (the bundled one unless {@link #withExtractor} chose another). */
    public EvidenceExtractor extractor() {
        return extractor == null ? EvidenceExtractor.standard() : extractor;
    }

    /**
     * This linker with background key counts per language ({@code de}, {@code en}) added to the batch's document
     * frequencies in the IDF of each part's keys (a part is weighted by its own language's background).
     */
    public StoryLinker withBackground(Map<String, BackgroundFrequencies> byLanguage) {
        return new StoryLinker(threshold, sameLanguageThreshold, byLanguage, extractor, namesShare, leadShare);
    }

    /** A linker with the default thresholds. */
    public static StoryLinker defaults() {
        return new StoryLinker(DEFAULT_THRESHOLD, DEFAULT_SAME_LANGUAGE_THRESHOLD);
    }

    /** The evidence cosine of the second look between two German stories (above 1: none). */
    public double sameLanguageThreshold() {
        return sameLanguageThreshold;
    }

    /** The cosine threshold for a link. */
    public double threshold() {
        return threshold;
    }

    /**
     * One language's part of a story as the linker compares it: the normalised sum of its reports' unit TF-IDF evidence
     * vectors, the words each key came from, and the span of its reports' publication times.
     *
     * @param id       the story's id
     * @param founded  the story's rank in order of foundation (lower: founded first)
     * @param language the part's language
     * @param vector   key → weight, unit length; never empty
     * @param surfaces key → the reports' words for it, as first met
     * @param first    the earliest publication time (epoch millis), {@link Long#MAX_VALUE} when no report is dated
     * @param last     the latest publication time, {@link Long#MIN_VALUE} when no report is dated
     */
    record StoryEvidence(String id, long founded, String language, Map<String, Double> vector,
                         Map<String, String> surfaces, long first, long last) {
    }

    /**
     * The evidence of one language's part of a story, or {@code null} when its reports hold no key.
     *
     * @param reports   the part's reports' evidence, in arrival order
     * @param times     the part's reports' publication times (empty when undated), in the same order
     * @param df        key → the number of reports holding it among the {@code documents} compared
     * @param documents the reports compared (the batch's, or the stream's window), without the background ones
     */
    static StoryEvidence evidenceOf(String id, long founded, String language, List<ReportEvidence> reports,
                                    List<OptionalLong> times, Map<String, Integer> df, int documents) {
        return evidenceOf(id, founded, language, reports, times, df, documents, BackgroundFrequencies.NONE);
    }

    /** As above, with {@code background}'s reports and counts added to {@code documents} and {@code df}. */
    static StoryEvidence evidenceOf(String id, long founded, String language, List<ReportEvidence> reports,
                                    List<OptionalLong> times, Map<String, Integer> df, int documents,
                                    BackgroundFrequencies background) {
        return evidenceOf(id, founded, language, reports, times, df, documents, background, Double.NaN,
                DEFAULT_LEAD_SHARE);
    }

    /**
     * As above, with two groups of keys each normalised apart, in each report and in the sum, and scaled by the square
     * root of its share, so that a dot product of two parts is the share-weighted sum of the two groups' cosines: with a
     * {@code leadShare} above 0 the whole reports' keys ({@code 1 - leadShare}) and the leads' keys ({@code leadShare});
     * with a {@code namesShare} (not NaN; measured, not used) names, numbers and days ({@code namesShare}) and words,
     * the leads' keys left out. With neither, one group: the whole reports' keys.
     */
    static StoryEvidence evidenceOf(String id, long founded, String language, List<ReportEvidence> reports,
                                    List<OptionalLong> times, Map<String, Integer> df, int documents,
                                    BackgroundFrequencies background, double namesShare, double leadShare) {
        boolean byKind = !Double.isNaN(namesShare);
        boolean kindwise = byKind || leadShare > 0;
        // the group a key is normalised in (-1: left out): the whole reports' keys (0) and the leads' (1), or names (0)
        // and words (1), or the whole reports' keys alone
        java.util.function.ToIntFunction<String> group = byKind
                ? k -> ReportEvidence.lead(k) ? -1 : word(k) ? 1 : 0
                : leadShare > 0 ? k -> ReportEvidence.lead(k) ? 1 : 0
                : k -> ReportEvidence.lead(k) ? -1 : 0;
        double firstShare = byKind ? namesShare : 1 - leadShare;
        double n = documents + PRIOR_DOCUMENTS + 1.0 + background.documents();
        Map<String, Double> vector = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (OptionalLong t : times) {
            if (t.isPresent()) {
                first = Math.min(first, t.getAsLong());
                last = Math.max(last, t.getAsLong());
            }
        }
        for (ReportEvidence e : reports) {
            Map<String, Double> v = new HashMap<>();
            double[] norm = new double[2];
            for (Map.Entry<String, Double> w : e.weights().entrySet()) {
                int g = group.applyAsInt(w.getKey());
                if (g < 0) {
                    continue;
                }
                int count = df.getOrDefault(w.getKey(), 0) + background.count(w.getKey());
                double x = w.getValue() * Math.log(n / (count + 1.0));
                v.put(w.getKey(), x);
                norm[g] += x * x;
            }
            v.forEach((k, x) -> {
                double len = Math.sqrt(norm[group.applyAsInt(k)]);
                if (len > 0) {
                    vector.merge(k, x / len, Double::sum);
                }
            });
            e.surfaces().forEach(surfaces::putIfAbsent);
        }
        if (!kindwise) {
            double norm = Math.sqrt(vector.values().stream().mapToDouble(x -> x * x).sum());
            if (norm == 0) {
                return null;
            }
            vector.replaceAll((k, x) -> x / norm);
            return new StoryEvidence(id, founded, language, vector, surfaces, first, last);
        }
        double[] norm = new double[2];
        vector.forEach((k, x) -> norm[group.applyAsInt(k)] += x * x);
        if (norm[0] == 0 && norm[1] == 0) {
            return null;
        }
        double firstScale = Math.sqrt(firstShare) / Math.sqrt(norm[0]);
        double secondScale = Math.sqrt(1 - firstShare) / Math.sqrt(norm[1]);
        vector.replaceAll((k, x) -> x * (group.applyAsInt(k) == 1 ? secondScale : firstScale));
        return new StoryEvidence(id, founded, language, vector, surfaces, first, last);
    }

    private static boolean word(String key) {
        return key.startsWith("t:") || key.startsWith("g:");
    }

    /**
     * The evidence score of two parts (their dot product: the share-weighted cosines of the whole reports and the
     * leads), decayed by their gap in publication time; 0 unless {@link #specific}.
     */
    static double score(StoryEvidence a, StoryEvidence b) {
        StoryEvidence small = a.vector().size() <= b.vector().size() ? a : b;
        StoryEvidence large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> w : small.vector().entrySet()) {
            Double x = large.vector().get(w.getKey());
            if (x != null) {
                dot += w.getValue() * x;
            }
        }
        return specific(a, b) ? dot * decay(a, b) : 0.0;
    }

    private record Candidate(StoryEvidence a, StoryEvidence b, double score) {
    }

    /**
     * The stories with each English story that reports a German story's event linked into it.
     *
     * @param stories  the stories of a batch, in order of foundation
     * @param articles the batch's articles in arrival order (every member of {@code stories} among them)
     * @return the stories in order of foundation, linked stories joined into the one founded first, their members in
     *         arrival order and the link with its evidence in {@link Story#links()}
     */
    public List<Story> link(List<Story> stories, List<Article> articles) {
        boolean german = articles.stream().anyMatch(a -> "de".equals(a.language()));
        boolean english = articles.stream().anyMatch(a -> "en".equals(a.language()));
        if (!german || !english && sameLanguageThreshold > 1.0) {
            return stories;
        }
        Map<String, Integer> arrival = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            arrival.put(articles.get(i).id(), i);
            byId.put(articles.get(i).id(), articles.get(i));
        }
        EvidenceExtractor extractor = extractor();
        List<Article> read = articles.stream().filter(a -> EvidenceExtractor.reads(a.language())).toList();
        Map<String, ReportEvidence> evidence = new HashMap<>();
        read.parallelStream().map(a -> Map.entry(a.id(), extractor.evidence(a))).toList()
                .forEach(e -> evidence.put(e.getKey(), e.getValue()));
        Map<String, Integer> df = new HashMap<>();
        evidence.values().forEach(e -> e.weights().keySet().forEach(k -> df.merge(k, 1, Integer::sum)));

        List<StoryEvidence> des = new ArrayList<>();
        List<StoryEvidence> ens = new ArrayList<>();
        Map<String, Story> storyById = new HashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            Story story = stories.get(s);
            String language = byId.get(story.articleIds().get(0)).language();
            if (!EvidenceExtractor.reads(language)) {
                continue;
            }
            List<ReportEvidence> reports = new ArrayList<>();
            List<OptionalLong> times = new ArrayList<>();
            for (String id : story.articleIds()) {
                ReportEvidence e = evidence.get(id);
                times.add(byId.get(id).publishedEpochMillis());
                if (e != null && e.language().equals(language)) {
                    reports.add(e);
                }
            }
            StoryEvidence se = evidenceOf(story.id(), s, language, reports, times, df, evidence.size(),
                    background.getOrDefault(language, BackgroundFrequencies.NONE), namesShare, leadShare);
            if (se == null) {
                continue;
            }
            storyById.put(story.id(), story);
            (language.equals("de") ? des : ens).add(se);
        }

        List<Candidate> candidates = new ArrayList<>();
        Map<String, List<Integer>> postings = postings(des);
        for (int e = 0; e < ens.size(); e++) {
            double[] dot = dots(ens.get(e), des, postings, des.size());
            for (int g = 0; g < des.size(); g++) {
                double score = dot[g] * decay(des.get(g), ens.get(e));
                if ((score >= threshold || wireCopies(des.get(g), ens.get(e))) && specific(des.get(g), ens.get(e))) {
                    candidates.add(new Candidate(des.get(g), ens.get(e), score));
                }
            }
        }
        if (sameLanguageThreshold <= 1.0) {
            for (int g = 1; g < des.size(); g++) {
                double[] dot = dots(des.get(g), des, postings, g);
                for (int h = 0; h < g; h++) {
                    double score = dot[h] * decay(des.get(h), des.get(g));
                    if (score >= sameLanguageThreshold && specific(des.get(h), des.get(g))) {
                        candidates.add(new Candidate(des.get(h), des.get(g), score));
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return stories;
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        // Groups by union, best pair first; a story that joined a group by a link joins no other.
        Map<StoryEvidence, StoryEvidence> groupOf = new HashMap<>();
        Map<StoryEvidence, List<StoryLink>> linksOf = new HashMap<>();
        java.util.Set<StoryEvidence> joined = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            StoryEvidence later = c.a().founded() < c.b().founded() ? c.b() : c.a();
            if (joined.contains(later) || groupOf.containsKey(later)) {
                continue;
            }
            StoryEvidence root = c.a() == later ? c.b() : c.a();
            while (groupOf.containsKey(root)) {
                root = groupOf.get(root);
            }
            if (root.founded() > later.founded()) {
                continue; // keep the id of the story founded first: the earlier one must head the group
            }
            groupOf.put(later, root);
            joined.add(later);
            StoryEvidence first = c.a().language().equals("de") ? c.a() : c.b();
            StoryEvidence other = first == c.a() ? c.b() : c.a();
            linksOf.computeIfAbsent(root, x -> new ArrayList<>()).add(link(later, first, other, c.score()));
        }
        Map<StoryEvidence, List<StoryEvidence>> members = new HashMap<>();
        for (StoryEvidence later : groupOf.keySet()) {
            StoryEvidence root = groupOf.get(later);
            while (groupOf.containsKey(root)) {
                root = groupOf.get(root);
            }
            members.computeIfAbsent(root, x -> new ArrayList<>()).add(later);
        }
        Map<String, Story> replaced = new HashMap<>();
        java.util.Set<String> absorbed = new java.util.HashSet<>();
        for (Map.Entry<StoryEvidence, List<StoryEvidence>> group : members.entrySet()) {
            StoryEvidence survivor = group.getKey();
            Story survivorStory = storyById.get(survivor.id());
            List<String> ids = new ArrayList<>(survivorStory.articleIds());
            List<String> merged = new ArrayList<>(survivorStory.mergedIds());
            List<StoryLink> links = new ArrayList<>(survivorStory.links());
            List<StoryEvidence> joinedIn = new ArrayList<>(group.getValue());
            joinedIn.sort(Comparator.comparingLong(StoryEvidence::founded));
            for (StoryEvidence m : joinedIn) {
                Story joinedStory = storyById.get(m.id());
                ids.addAll(joinedStory.articleIds());
                merged.addAll(joinedStory.mergedIds());
                absorbed.add(m.id());
            }
            for (StoryEvidence m : joinedIn) {
                links.addAll(linksOf.getOrDefault(m, List.of()));
            }
            links.addAll(linksOf.getOrDefault(survivor, List.of()));
            ids.sort(Comparator.comparingInt(arrival::get));
            replaced.put(survivor.id(), new Story(survivor.id(), ids, merged, links));
        }
        List<Story> out = new ArrayList<>();
        for (Story s : stories) {
            if (!absorbed.contains(s.id())) {
                out.add(replaced.getOrDefault(s.id(), s));
            }
        }
        return out;
    }

    /** Key → the stories holding it, for keys held by at most {@value #MAX_POSTINGS} stories. */
    private static Map<String, List<Integer>> postings(List<StoryEvidence> stories) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int g = 0; g < stories.size(); g++) {
            for (String k : stories.get(g).vector().keySet()) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
            }
        }
        postings.values().removeIf(list -> list.size() > MAX_POSTINGS);
        return postings;
    }

    /** Dot products of {@code story} with the first {@code limit} of {@code others} over the postings. */
    private static double[] dots(StoryEvidence story, List<StoryEvidence> others, Map<String, List<Integer>> postings,
                                 int limit) {
        double[] dot = new double[limit];
        for (Map.Entry<String, Double> w : story.vector().entrySet()) {
            for (int g : postings.getOrDefault(w.getKey(), List.of())) {
                if (g < limit) {
                    dot[g] += w.getValue() * others.get(g).vector().get(w.getKey());
                }
            }
        }
        return dot;
    }

    static double decay(StoryEvidence a, StoryEvidence b) {
        if (a.first() == Long.MAX_VALUE || b.first() == Long.MAX_VALUE) {
            return 1.0;
        }
        long gap = Math.max(0, Math.max(a.first() - b.last(), b.first() - a.last()));
        double days = gap / 86_400_000.0 / TIME_SCALE_DAYS;
        return Math.exp(-days * days / 2);
    }

    /** The least time decay of two parts that count as published together: about two days apart at most. */
    static final double WIRE_DECAY = 0.95;

    /**
     * Whether the two parts hold a wire report and its translation: reports that open with one agency dateline
     * ("Gernsweiler (dpa) –", "GERNSWEILER, Germany (dpa) -") published together. Such a pair is linked whatever its
     * cosine, provided it is {@link #specific}: a rewritten translation shares few words, but it is one report.
     */
    static boolean wireCopies(StoryEvidence a, StoryEvidence b) {
        if (decay(a, b) < WIRE_DECAY) {
            return false;
        }
        for (String key : a.vector().keySet()) {
            if (key.startsWith("w:") && b.vector().containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two stories share two names, or a name and a number or day: more than topic words. */
    static boolean specific(StoryEvidence de, StoryEvidence en) {
        int names = 0;
        int numbers = 0;
        for (String k : en.vector().keySet()) {
            if (de.vector().containsKey(k)) {
                String kind = ReportEvidence.kind(k);
                if (kind.equals("lead")) {
                    continue;
                }
                if (kind.equals("names")) {
                    names++;
                } else if (!kind.equals("terms")) {
                    numbers++;
                }
            }
        }
        return names >= MIN_SHARED_NAMES || names >= 1 && numbers >= 1;
    }

    /**
     * The link of {@code linked} (one of the pair) with its evidence: the keys both parts hold, weightiest first, as
     * "German form / English form" ({@code de} is the German part, or in the second look the earlier one).
     */
    static StoryLink link(StoryEvidence linked, StoryEvidence de, StoryEvidence en, double score) {
        // en is the other story of the pair: English, or German in the second look
        List<Map.Entry<String, Double>> shared = new ArrayList<>();
        for (Map.Entry<String, Double> w : en.vector().entrySet()) {
            Double x = de.vector().get(w.getKey());
            if (x != null && !ReportEvidence.lead(w.getKey())) { // a lead's key repeats a key of the whole report
                shared.add(Map.entry(w.getKey(), x * w.getValue()));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, List<String>> byKind = new HashMap<>();
        for (Map.Entry<String, Double> s : shared) {
            List<String> list = byKind.computeIfAbsent(ReportEvidence.kind(s.getKey()), k -> new ArrayList<>());
            if (list.size() < EVIDENCE_SHOWN) {
                String a = de.surfaces().get(s.getKey());
                String b = en.surfaces().get(s.getKey());
                list.add(a.equals(b) ? a : a + " / " + b);
            }
        }
        List<String> numbers = new ArrayList<>(byKind.getOrDefault("numbers", List.of()));
        numbers.addAll(byKind.getOrDefault("dates", List.of()));
        return new StoryLink(linked.id(), linked.language(), Math.round(score * 1000) / 1000.0,
                byKind.getOrDefault("names", List.of()), numbers, byKind.getOrDefault("terms", List.of()));
    }
}
