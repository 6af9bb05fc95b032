package org.synoptic.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.synoptic.crosslingual.EvidenceExtractor;
import org.synoptic.crosslingual.ReportEvidence;
import org.synoptic.model.Article;

/**
 * The streaming half of {@link StoryLinker}: links a German story and an English story of one event as their reports
 * arrive one by one, for a store that assigns stories incrementally. The rules are the linker's ({@link StoryLinker}:
 * the same evidence, the same IDF with background reports, the same decayed cosine, threshold and "more than topic
 * words" check, the same evidence shown); only the order differs: a batch links its best pairs first once every report
 * is placed, a stream decides when a report arrives.
 *
 * <p>The index keeps a window of the last {@code capacity} German and English reports with their evidence; document
 * frequencies are counted over the window, as the batch counts them over its reports, so on inputs that fit the window
 * the vectors are the batch's. When a report is placed ({@link #place}) in a story that holds one language only and
 * was linked to none, that story's part in the report's language is compared with the stories of the other language
 * that share a name with it (a German story may take several English stories; an English story joins one German
 * story): the best one that reaches {@link StoryLinker#threshold()} and shares more than topic words is joined.
 * Of the two, the story founded first survives, as in the batch and as with merges.
 *
 * <p>Story ids here are the caller's (the stories it shows); the caller reports its own merges ({@link #merged}) and
 * retired stories ({@link #retire}). Nothing is read or loaded while the window holds one language only (a German-only
 * stream pays nothing; the window keeps the texts); the first report of the second language loads the lexicon (about
 * half a second) and reads the window.
 *
 * <p>Mutable and not thread-safe: confined to one writer, as a {@link StoryIndex} is.
 */
public final class StoryLinkIndex {

    /** Stories of the other language scored exactly for one report, those sharing the most names first. */
    static final int MAX_CANDIDATES = 32;

    /** A story joined into another by a link: {@code fromStoryId}'s reports now belong to {@code intoStoryId}. */
    public record Join(String fromStoryId, String intoStoryId, StoryLink link) {
        public Join {
            Objects.requireNonNull(fromStoryId, "fromStoryId");
            Objects.requireNonNull(intoStoryId, "intoStoryId");
            Objects.requireNonNull(link, "link");
        }
    }

    /** A report in the window; its evidence is read once the window has held both languages (until then, its text). */
    private static final class Entry {
        final String language;
        final OptionalLong published;
        final long arrival;
        Article article;
        ReportEvidence evidence;
        String storyId;

        Entry(Article article, long arrival, String storyId) {
            this.language = article.language();
            this.article = article;
            this.published = article.publishedEpochMillis();
            this.arrival = arrival;
            this.storyId = storyId;
        }
    }

    private final StoryLinker linker;
    private final int capacity;
    private EvidenceExtractor extractor;
    private final ArrayDeque<Entry> window = new ArrayDeque<>();
    private final Map<String, List<Entry>> byStory = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, ArrayDeque<Entry>> namePostings = new HashMap<>();
    private final Map<String, Integer> languages = new HashMap<>();
    /** Stories that took or joined a link: they count as holding both languages. */
    private final Set<String> linked = new HashSet<>();
    private long arrivals;
    /** Whether the window has held both languages: from then on every report's evidence is read as it arrives. */
    private boolean reading;

    /**
     * @param linker   the rules and thresholds ({@link StoryClusterer#linker()})
     * @param capacity the reports the window keeps; positive
     */
    public StoryLinkIndex(StoryLinker linker, int capacity) {
        this.linker = Objects.requireNonNull(linker, "linker");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Whether a report of this language is read for links ({@code de}, {@code en}). */
    public static boolean reads(String language) {
        return EvidenceExtractor.reads(language);
    }

    /**
     * Records a report placed in {@code storyId} and, when its story now links to a story of the other language,
     * joins the two and says so.
     *
     * @param founded the caller's order of foundation of a story id (lower: founded first; a story founded by this
     *                report is the latest)
     * @return the join made, if any; the window already holds it (the joined story's reports are the survivor's)
     */
    public Optional<Join> place(Article article, String storyId, ToLongFunction<String> founded) {
        Entry entry = add(article, storyId);
        if (entry == null || !reading || languages.size() < 2 || linker.threshold() > 1.0) {
            return Optional.empty();
        }
        String language = entry.language;
        String other = language.equals("de") ? "en" : "de";
        if (bilingual(storyId, other)) {
            return Optional.empty();
        }
        StoryLinker.StoryEvidence part = part(storyId, language, founded);
        if (part == null) {
            return Optional.empty();
        }
        StoryLinker.StoryEvidence best = null;
        double bestScore = 0;
        for (String candidate : candidates(part, storyId, other)) {
            if (language.equals("de") && bilingual(candidate, "de")) {
                continue; // an English story joins one German story only
            }
            StoryLinker.StoryEvidence o = part(candidate, other, founded);
            if (o == null) {
                continue;
            }
            double score = StoryLinker.score(part, o);
            boolean linked = score >= linker.threshold() || score > 0 && StoryLinker.wireCopies(part, o);
            if (linked && (score > bestScore || score == bestScore && o.founded() < best.founded())) {
                best = o;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        StoryLinker.StoryEvidence later = part.founded() < best.founded() ? best : part;
        StoryLinker.StoryEvidence earlier = later == part ? best : part;
        StoryLinker.StoryEvidence de = part.language().equals("de") ? part : best;
        StoryLinker.StoryEvidence en = de == part ? best : part;
        StoryLink link = StoryLinker.link(later, de, en, bestScore);
        merged(later.id(), earlier.id());
        linked.add(earlier.id());
        return Optional.of(new Join(later.id(), earlier.id(), link));
    }

    /** Records a report without deciding anything: to refill the window at open from stored reports. */
    public void remember(Article article, String storyId) {
        add(article, storyId);
    }

    /** Marks a story as linked (restored from the caller's records): it takes no further link from its own side. */
    public void markLinked(String storyId) {
        linked.add(storyId);
    }

    /** The caller moved every report of {@code fromStoryId} to {@code intoStoryId} (a merge or a link). */
    public void merged(String fromStoryId, String intoStoryId) {
        if (fromStoryId.equals(intoStoryId)) {
            return;
        }
        List<Entry> moved = byStory.remove(fromStoryId);
        if (linked.remove(fromStoryId)) {
            linked.add(intoStoryId);
        }
        if (moved == null) {
            return;
        }
        moved.forEach(e -> e.storyId = intoStoryId);
        List<Entry> into = byStory.computeIfAbsent(intoStoryId, k -> new ArrayList<>());
        into.addAll(moved);
        into.sort(Comparator.comparingLong(e -> e.arrival));
    }

    /** The story left the caller (retention): its reports leave the window. */
    public void retire(String storyId) {
        linked.remove(storyId);
        List<Entry> gone = byStory.remove(storyId);
        if (gone != null) {
            Set<Entry> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            set.addAll(gone);
            window.removeIf(set::contains);
            gone.forEach(this::forget);
        }
    }

    /** The reports the window holds now. */
    public int size() {
        return window.size();
    }

    private boolean bilingual(String storyId, String language) {
        if (linked.contains(storyId)) {
            return true;
        }
        for (Entry e : byStory.getOrDefault(storyId, List.of())) {
            if (e.language.equals(language)) {
                return true;
            }
        }
        return false;
    }

    private Entry add(Article article, String storyId) {
        if (!reads(article.language())) {
            return null;
        }
        Entry entry = new Entry(article, arrivals++, storyId);
        window.addLast(entry);
        byStory.computeIfAbsent(storyId, k -> new ArrayList<>()).add(entry);
        languages.merge(entry.language, 1, Integer::sum);
        if (reading) {
            read(entry);
        } else if (languages.size() >= 2) {
            // the first report of the second language: only now is anything loaded and read (a German-only stream
            // never pays for the lexicon); the window keeps its reports' texts until then
            reading = true;
            window.forEach(this::read);
        }
        while (window.size() > capacity) {
            Entry oldest = window.removeFirst();
            List<Entry> members = byStory.get(oldest.storyId);
            if (members != null) {
                members.remove(oldest);
                if (members.isEmpty()) {
                    byStory.remove(oldest.storyId);
                }
            }
            forget(oldest);
        }
        return entry;
    }

    /** Reads a report's evidence and counts its keys. */
    private void read(Entry e) {
        if (extractor == null) {
            extractor = linker.extractor();
        }
        e.evidence = extractor.evidence(e.article);
        e.article = null;
        for (String key : e.evidence.weights().keySet()) {
            df.merge(key, 1, Integer::sum);
            if (ReportEvidence.kind(key).equals("names")) {
                namePostings.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(e);
            }
        }
    }

    /** Takes a report that left the window out of the counts. */
    private void forget(Entry e) {
        languages.computeIfPresent(e.language, (k, n) -> n <= 1 ? null : n - 1);
        if (e.evidence == null) {
            return;
        }
        for (String key : e.evidence.weights().keySet()) {
            df.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
            ArrayDeque<Entry> postings = namePostings.get(key);
            if (postings != null) {
                postings.removeFirstOccurrence(e);
                if (postings.isEmpty()) {
                    namePostings.remove(key);
                }
            }
        }
    }

    /** The story's part in one language, with the window's document frequencies; null when it holds no evidence. */
    private StoryLinker.StoryEvidence part(String storyId, String language, ToLongFunction<String> founded) {
        List<ReportEvidence> reports = new ArrayList<>();
        List<OptionalLong> times = new ArrayList<>();
        for (Entry e : byStory.getOrDefault(storyId, List.of())) {
            if (e.language.equals(language) && e.evidence != null) {
                reports.add(e.evidence);
                times.add(e.published);
            }
        }
        if (reports.isEmpty()) {
            return null;
        }
        return StoryLinker.evidenceOf(storyId, founded.applyAsLong(storyId), language, reports, times, df,
                window.size(), BackgroundFrequencies.NONE, linker.namesShare(), linker.leadShare());
    }

    /**
     * Stories with a report of {@code language} that shares a name with the part, those sharing the most first; names
     * held by more than {@link StoryLinker#MAX_POSTINGS} reports find none, as in the batch.
     */
    private List<String> candidates(StoryLinker.StoryEvidence part, String storyId, String language) {
        Map<String, Integer> shared = new HashMap<>();
        for (String key : part.vector().keySet()) {
            ArrayDeque<Entry> postings = namePostings.get(key);
            if (postings == null || postings.size() > StoryLinker.MAX_POSTINGS) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Entry e : postings) {
                if (e.language.equals(language) && !e.storyId.equals(storyId) && seen.add(e.storyId)) {
                    shared.merge(e.storyId, 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>(shared.keySet());
        out.sort(Comparator.<String>comparingInt(shared::get).reversed().thenComparing(Comparator.naturalOrder()));
        return out.subList(0, Math.min(MAX_CANDIDATES, out.size()));
    }
}
